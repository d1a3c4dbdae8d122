"""Analysis helpers that run anywhere: probes, neuron rankings, ablation, cross-model correlation."""
