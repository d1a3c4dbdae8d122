"""Renderers of the light client: token heatmaps (HTML/SVG), neuron cards, notebook reprs, matplotlib plots.

Only numpy is imported here; the plots import matplotlib when called (``pip install 'neuronscope[viz]'``).
"""

from .card import CausalEffect, NeuronCard, SentenceStat, WordStat, build_card, diff_html, word_diff
from .colors import diverging_rgb, hex_colors
from .heatmap import heatmap_html, heatmap_svg, text_direction
from .plots import plot_correlation, plot_erasure, plot_focus, plot_masking, plot_scores, save, to_svg
from .reprs import dataset_html, dataset_info_html, ranking_html, translate_result_html

__all__ = [
    "CausalEffect",
    "NeuronCard",
    "SentenceStat",
    "WordStat",
    "build_card",
    "dataset_html",
    "dataset_info_html",
    "diff_html",
    "diverging_rgb",
    "heatmap_html",
    "heatmap_svg",
    "hex_colors",
    "plot_correlation",
    "plot_erasure",
    "plot_focus",
    "plot_masking",
    "plot_scores",
    "ranking_html",
    "save",
    "text_direction",
    "to_svg",
    "translate_result_html",
    "word_diff",
]
