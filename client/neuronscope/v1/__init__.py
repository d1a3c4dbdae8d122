"""Generated protobuf and gRPC stubs for the neuronscope.v1 API."""
