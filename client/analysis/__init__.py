"""Analysis helpers that run anywhere: probes, neuron rankings, ablation, cross-model correlation."""

from .ablation import (
    AblationRow,
    ablation_table,
    evaluate_masked,
    evaluate_retrained,
    filter_keep_neurons,
    filter_remove_neurons,
    zero_out_keep_neurons,
    zero_out_remove_neurons,
)
from .control_task import (
    ControlTask,
    SelectivityResult,
    control_task_labels,
    fit_control_task,
    majority_baseline,
    majority_predict,
    probe_selectivity,
    selectivity,
)
from .probe import ElasticNetProbe, ElasticNetRegressionProbe, NotFittedError, clone_probe
from .rankers import (
    NeuronRanking,
    anova_ranking,
    anova_ranking_per_label,
    gmm_ranking,
    probeless_ranking,
    probeless_ranking_per_label,
)
from .ranking import (
    LabelFocus,
    bottom_neurons,
    dedicated_neurons,
    focused_vs_distributed,
    label_top_neurons,
    neuron_ordering,
    neuron_ordering_granular,
    random_neurons,
    shared_neuron_counts,
    shared_neurons,
    top_neurons,
    top_neurons_hard_threshold,
)
