"""neuronscope server: model runtime, analysis, cache and the gRPC service."""
