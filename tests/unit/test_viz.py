"""neuronscope.viz: colours, heatmaps (HTML/SVG), neuron cards, notebook reprs and plots, on synthetic data."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from neuronscope.types import (
    AblationCell,
    Dataset,
    DatasetInfo,
    ErasePoint,
    LabelNeurons,
    Ranking,
    SentenceResult,
    Site,
    TranslateResult,
)
from neuronscope.viz import (
    CausalEffect,
    build_card,
    diverging_rgb,
    heatmap_html,
    heatmap_svg,
    hex_colors,
    plot_correlation,
    plot_erasure,
    plot_focus,
    plot_masking,
    plot_scores,
    save,
    text_direction,
    to_svg,
    word_diff,
)

REPO = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ARABIC = ["ذهب", "الولد", "إلى", "المدرسة"]


class _Balance(HTMLParser):
    """Fails on a close tag that does not match the innermost open one; collects text and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(fragment: str) -> _Balance:
    p = _Balance()
    p.feed(fragment)
    p.close()
    assert p.stack == [], f"unclosed tags {p.stack}"
    return p


def parse_svg(text: str) -> ET.Element:
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    return root


def svg_words(root: ET.Element) -> list[str]:
    """Texts of the word cells (text elements inside a cell group with a title), in document order."""
    return [t.text for g in root.iter(f"{SVG}g") if g.find(f"{SVG}title") is not None for t in g.iter(f"{SVG}text")]


# --------------------------------------------------------------------------------------------------
# colours


def test_colors_are_monotone_blue_white_red() -> None:
    t = np.linspace(-1, 1, 201)
    rgb = diverging_rgb(t).astype(int)
    assert (np.diff(rgb[:, 0]) >= 0).all(), "red channel falls somewhere as the value grows"
    assert (np.diff(rgb[:, 2]) <= 0).all(), "blue channel rises somewhere as the value grows"
    assert tuple(rgb[100]) == (255, 255, 255)
    assert rgb[-1, 0] > rgb[-1, 2] + 100 and rgb[0, 2] > rgb[0, 0] + 100
    # strictly redder on the positive side, strictly bluer on the negative side
    assert (np.diff(rgb[100:, 1]) <= 0).all() and rgb[-1, 1] < rgb[101, 1]
    assert rgb[0, 0] < rgb[99, 0]


def _cell_colors(html: str) -> list[tuple[int, int, int]]:
    return [tuple(int(h[i:i + 2], 16) for i in (0, 2, 4)) for h in re.findall(r"background:#([0-9a-f]{6});color", html)]


def test_heatmap_colors_follow_values_per_neuron() -> None:
    words = [["a", "b", "c", "d", "e"]]
    values = [np.array([[-2.0, 10.0], [-1.0, 20.0], [0.0, 30.0], [1.0, 40.0], [2.0, 50.0]])]
    cols = _cell_colors(heatmap_html(words, values, ["n1", "n2"]))
    first, second = cols[:5], cols[5:]
    assert [c[0] for c in first] == sorted(c[0] for c in first)
    assert [c[2] for c in first] == sorted((c[2] for c in first), reverse=True)
    assert first[2] == (255, 255, 255)
    # normalised per neuron: each neuron's largest |value| gets the full colour
    assert first[4] == second[4] == tuple(int(x) for x in diverging_rgb(np.array([1.0]))[0])
    assert hex_colors(np.array([0.0])) == ["#ffffff"]


def test_scale_is_shown_with_min_zero_max() -> None:
    html = heatmap_html([["x", "y"], ["z"]], [np.array([0.5, -3.25]), np.array([1.0])], ["n7"])
    p = parse_html(html)
    text = " ".join(p.text)
    assert "-3.25" in text and "3.25" in text.replace("-3.25", "") and "white = 0" in text
    assert "data min -3.25, max 1" in text
    svg = parse_svg(heatmap_svg([["x", "y"]], [np.array([0.5, -3.25])], ["n7"]))
    legend = [t.text for g in svg.iter(f"{SVG}g") if g.get("class") == "legend" for t in g.iter(f"{SVG}text")]
    assert legend == ["n7", "-3.25", "0", "3.25"]


def test_hover_title_has_exact_value() -> None:
    v = np.array([0.1234567, -2.5], dtype=np.float32)
    p = parse_html(heatmap_html([["w1", "w2"]], [v], ["n3"]))
    titles = [a["title"] for tag, a in p.tags if tag == "span" and a.get("class") == "ns-hm-w"]
    assert titles == [f"w1 · n3: {v[0]}", "w2 · n3: -2.5"]
    assert float(titles[0].rsplit(": ", 1)[1]) == pytest.approx(float(v[0]), rel=1e-7)
    root = parse_svg(heatmap_svg([["w1", "w2"]], [v], ["n3"]))
    assert [t.text for t in root.iter(f"{SVG}title")] == titles


# --------------------------------------------------------------------------------------------------
# escaping, RTL, edge cases


def test_script_is_escaped_everywhere() -> None:
    evil = ['<script>alert("x")</script>', "a&b", "'q'"]
    html = heatmap_html([evil], [np.array([1.0, 2.0, 3.0])], ['<b onmouseover="x">'], title="<i>t</i>",
                        captions=["<script>"])
    assert "<script>" not in html and "<b " not in html and "<i>" not in html
    p = parse_html(html)
    assert '<script>alert("x")</script>' in p.text  # shown as text
    titles = [a["title"] for tag, a in p.tags if a.get("class") == "ns-hm-w"]
    assert titles[0].startswith('<script>alert("x")</script> · <b onmouseover="x">')
    svg = heatmap_svg([evil], [np.array([1.0, 2.0, 3.0])], ['<b onmouseover="x">'], title="<i>t</i>")
    root = parse_svg(svg)
    assert svg_words(root) == evil
    assert not any(el.tag.endswith("script") for el in root.iter())


def test_rtl_sentence_logical_order_and_direction() -> None:
    assert text_direction(ARABIC) == "rtl" and text_direction(["the", "boy"]) == "ltr"
    assert text_direction(["123", "!"]) == "auto"
    html = heatmap_html([ARABIC, ["the", "boy"]], [np.arange(4.0), np.ones(2)])
    p = parse_html(html)
    dirs = [a.get("dir") for tag, a in p.tags if a.get("class") == "ns-hm-words"]
    assert dirs == ["rtl", "ltr"]
    positions = [html.index(w) for w in ARABIC]
    assert positions == sorted(positions), "Arabic words must stay in logical order in the markup"

    root = parse_svg(heatmap_svg([ARABIC], [np.arange(4.0)]))
    assert svg_words(root) == ARABIC
    group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "sentence")
    assert group.get("direction") == "rtl"
    xs = [float(g.find(f"{SVG}rect").get("x")) for g in group if g.find(f"{SVG}title") is not None]
    assert xs == sorted(xs, reverse=True), "the first Arabic word must be drawn rightmost"
    forced = parse_html(heatmap_html([["a"]], [np.ones(1)], direction="rtl"))
    assert [a.get("dir") for t, a in forced.tags if a.get("class") == "ns-hm-words"] == ["rtl"]


def test_empty_and_single_word_sentences() -> None:
    words = [[], ["solo"], ["two", "words"]]
    values = [np.zeros(0), np.array([3.0]), np.array([[1.0, 0.0], [-1.0, 0.0]])[:, 0]]
    html = heatmap_html(words, values)
    p = parse_html(html)
    assert "(empty sentence)" in p.text and "solo" in p.text
    root = parse_svg(heatmap_svg(words, values))
    assert svg_words(root) == ["solo", "two", "words"]
    # two neurons with an empty (0, 2) sentence, and all-zero values (no division by zero)
    html2 = heatmap_html([[], ["x"]], [np.zeros((0, 2)), np.zeros((1, 2))], ["a", "b"])
    assert _cell_colors(html2) == [(255, 255, 255)] * 2
    parse_svg(heatmap_svg([[]], [np.zeros(0)]))


def test_target_side_rows() -> None:
    html = heatmap_html([["the", "boy"]], [np.array([1.0, -1.0])], ["enc 4"],
                        target_words=[["el", "niño", "</s>"]], target_values=[np.array([[0.5], [2.0], [0.0]])],
                        target_neurons=["dec 9"])
    p = parse_html(html)
    labels = [d for d in p.text if "·" in d and ("source" in d or "target" in d)]
    assert "source · enc 4" in labels and "target · dec 9" in labels
    assert p.text.index("niño") > p.text.index("boy")
    root = parse_svg(heatmap_svg([["the", "boy"]], [np.array([1.0, -1.0])], target_words=[["el"]],
                                 target_values=[np.array([1.0])]))
    assert svg_words(root) == ["the", "boy", "el"]
    with pytest.raises(ValueError, match="target_words and target_values"):
        heatmap_html([["a"]], [np.ones(1)], target_words=[["b"]])


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_values_are_refused(bad: float) -> None:
    values = [np.array([[1.0, 0.0], [2.0, 0.0]]), np.array([[0.0, 1.0], [1.0, bad], [2.0, 2.0]])]
    words = [["a", "b"], ["c", "d", "e"]]
    for render in (heatmap_html, heatmap_svg):
        with pytest.raises(ValueError, match=r"sentence 1, word 1 \('d'\), neuron #1: value .* not finite"):
            render(words, values)


def test_shape_errors_name_the_sentence() -> None:
    with pytest.raises(ValueError, match="sentence 1: values must be"):
        heatmap_html([["a"], ["b", "c"]], [np.ones(1), np.ones(3)])
    with pytest.raises(ValueError, match="list of sentences"):
        heatmap_html(["a", "b"], [np.ones(2)])
    with pytest.raises(ValueError, match="same number of neurons"):
        heatmap_html([["a"], ["b"]], [np.ones((1, 2)), np.ones((1, 3))])
    with pytest.raises(ValueError, match="2 neuron labels for 1 neurons"):
        heatmap_html([["a"]], [np.ones(1)], ["x", "y"])


# --------------------------------------------------------------------------------------------------
# neuron card


def _card_data() -> dict:
    sentences = [["the", "cat", "sat"], ["a", "dog"], [], ["the", "<script>x</script>"]]
    words = [w for s in sentences for w in s]
    acts = np.array([0.1, 3.0, -1.0, 0.2, 2.0, 0.3, 5.0])
    pos = ["DT", "NN", "VB", "DT", "NN", "DT", "NN"]
    return dict(dataset_words=words, dataset_activations=acts, sentence_lengths=[len(s) for s in sentences],
                labels={"pos": pos})


def _ranking(**kw) -> Ranking:
    base = dict(
        method="probeless", dataset="ds1", label_column="pos", ordering=np.array([5, 2, 0, 1, 3, 4, 6, 7]),
        cutoffs=(), scores=np.array([0.1, 0.2, 0.9, 0.05, np.nan, 1.5, 0.0, 0.3], dtype=np.float32),
        classes=("DT", "NN"), labels={"NN": LabelNeurons("NN", (5, 2), 10, 4, 0.0)}, accuracy=None,
        majority_baseline=0.61, control_accuracy=None, selectivity=None,
        ablation=(AblationCell("masking", "all", 100.0, 8, 0.9), AblationCell("masking", "top", 10.0, 1, 0.7),
                  AblationCell("masking", "random", 10.0, 1, 0.5), AblationCell("masking", "bottom", 10.0, 1, 0.3),
                  AblationCell("masking", "top", 20.0, 2, 0.8), AblationCell("masking", "random", 20.0, 2, 0.6),
                  AblationCell("masking", "bottom", 20.0, 2, 0.4)),
        train_words=10, test_words=4, dropped_words=0, seconds=0.1,
        neuron_sites=(("encoder.layers.0", 0, 4), ("encoder.layers.1", 4, 4)),
    )
    base.update(kw)
    return Ranking(**base)


def test_build_card_statistics() -> None:
    card = build_card("encoder.layers.0", 2, **_card_data(), ranking=_ranking(), top_n=3)
    assert [(w.word, w.count) for w in card.top_words] == [("<script>x</script>", 1), ("cat", 1), ("dog", 1)]
    assert card.top_words[0].mean == 5.0
    assert card.label_means["pos"] == pytest.approx({"NN": 10.0 / 3, "DT": 0.2, "VB": -1.0})
    assert list(card.label_means["pos"]) == ["NN", "DT", "VB"]
    assert [s.index for s in card.top_sentences] == [3, 0, 1]  # peaks 5, 3, 2; the empty sentence left out
    np.testing.assert_array_equal(card.top_sentences[1].values, [0.1, 3.0, -1.0])
    assert card.rank == 2 and card.score == pytest.approx(0.9) and card.ranked_neurons == 8
    assert build_card("encoder.layers.1", 0, **_card_data(), ranking=_ranking()).score is None  # NaN score
    empty = build_card("s", 0, [], np.zeros(0), [0, 0])
    assert empty.top_words == () and empty.top_sentences == ()
    assert "s · neuron 0" in " ".join(parse_html(empty.to_html()).text)
    with pytest.raises(ValueError, match="not in the ranking"):
        build_card("decoder.layers.0", 0, **_card_data(), ranking=_ranking())


def test_build_card_refuses_bad_input() -> None:
    data = _card_data()
    data["dataset_activations"] = data["dataset_activations"].copy()
    data["dataset_activations"][4] = np.nan
    with pytest.raises(ValueError, match=r"\(sentence 1, word 1\) is not finite"):
        build_card("s", 0, **data)
    data = _card_data()
    data["sentence_lengths"] = [3, 3]
    with pytest.raises(ValueError, match="sum to the 7 words"):
        build_card("s", 0, **data)


def test_word_diff() -> None:
    assert word_diff("el gato negro", "el perro negro grande") == [
        ("same", "el"), ("removed", "gato"), ("changed", "perro"), ("same", "negro"), ("changed", "grande")]
    assert word_diff("", "") == []


def test_card_html_shows_words_labels_and_marked_diffs() -> None:
    effects = [CausalEffect("The cat sat.", "El gato se sentó.", (("zero", "El perro se sentó."),
                                                                   ("α=+4", "El gato se sentó."))),
               ("<script>probe</script>", "a b", [("α=-4", "a <b>")])]
    card = build_card("encoder.layers.0", 2, **_card_data(), ranking=_ranking(), effects=effects)
    html = card.to_html()
    assert card._repr_html_() == html
    p = parse_html(html)
    text = " ".join(p.text)
    for expected in ("encoder.layers.0 · neuron 2", "rank 2 of 8", "cat", "Mean per label: pos", "NN", "3.333",
                     "<script>x</script>", "<script>probe</script>", "α=+4", "zero", "baseline"):
        assert expected in text, expected
    assert "<script>" not in html
    marked = re.findall(r'<mark class="ns-diff"[^>]*>([^<]*)</mark>', html)
    assert marked == ["perro", "&lt;b&gt;"]
    assert re.findall(r'<del class="ns-del"[^>]*>([^<]*)</del>', html) == ["gato", "b"]


# --------------------------------------------------------------------------------------------------
# notebook reprs


def _sentence(src: list[str], tgt: list[str], acts: dict) -> SentenceResult:
    return SentenceResult(translation=" ".join(tgt), source_words=tuple(src), target_words=tuple(tgt),
                          source_pieces=tuple(src), source_piece_words=np.arange(len(src), dtype=np.int32),
                          target_pieces=tuple(tgt), target_piece_words=np.arange(len(tgt), dtype=np.int32),
                          activations=acts)


def test_translate_result_repr() -> None:
    rng = np.random.default_rng(0)
    sents = (
        _sentence(["the", "<script>cat</script>"], ["el", "gato"], {"encoder.layers.1": rng.normal(size=(2, 8))}),
        _sentence(["hi"], ["hola"], {"encoder.layers.1": rng.normal(size=(1, 8))}),
        _sentence([], [], {"encoder.layers.1": np.zeros((0, 8))}),
    )
    html = TranslateResult("en-es", "abc", sents)._repr_html_()
    p = parse_html(html)
    text = " ".join(p.text)
    assert "the <script>cat</script>" in text and "el gato" in text and "hola" in text
    assert "mean |activation| per word at encoder.layers.1" in text
    assert "<script>" not in html
    dec = _sentence(["a", "b", "c"], ["x", "y", "z"], {"decoder.layers.0": np.ones((3, 2))})
    dec = TranslateResult("en-es", "abc", (dec,))._repr_html_()
    assert "title=\"x · mean|a| decoder.layers.0: 1.0\"" in dec  # a decoder site is shown on the target words
    plain = TranslateResult("en-es", "abc", (_sentence(["hi"], ["hola"], {}),))._repr_html_()
    assert "mean |activation|" not in plain and "hola" in " ".join(parse_html(plain).text)


def test_ranking_repr() -> None:
    html = _ranking()._repr_html_()
    p = parse_html(html)
    cells = p.text
    assert cells[cells.index("accuracy") + 1] == "—"  # probeless: no accuracy
    assert "encoder.layers.1" in cells and "1.5" in cells and "0.9" in cells
    rows = [a for t, a in p.tags if t == "tr"]
    assert len(rows) >= 9 + 1 + 8
    lca = _ranking(method="lca", accuracy=0.87, scores=None)._repr_html_()
    assert "0.87" in parse_html(lca).text


def test_dataset_reprs() -> None:
    info = DatasetInfo("h1", "<b>name</b>", "en-es", "rev", (Site("encoder.layers.0", "source", 4, "m"),), ("pos",),
                       2, 5, 1, 1234, "float16", "mean", 0.0, 3600)
    p = parse_html(info._repr_html_())
    assert "<b>name</b>" in p.text and "encoder.layers.0 (4)" in p.text and "1970-01-01T00:00:00+00:00" in p.text
    ds = Dataset(info, {"encoder.layers.0": np.zeros((5, 4), np.float16)}, {"pos": np.array(["DT", "NN"] * 2 + ["DT"])},
                 np.array(["a"] * 5), np.array([2, 3]))
    text = parse_html(ds._repr_html_()).text
    assert "(5, 4) float16" in text and "(5,), 2 distinct" in text


# --------------------------------------------------------------------------------------------------
# plots


def _figures() -> dict:
    pts = lambda slope: [ErasePoint(k, 30.0 - slope * k, 50.0, 3.0, (), ()) for k in (0, 1, 2, 4, 8)]  # noqa: E731
    return {
        "masking": plot_masking(_ranking()),
        "erasure": plot_erasure({"top": pts(3.0), "bottom": pts(0.5), "random": ([0, 4, 8], [30.0, 28.0, 25.0])}),
        "focus": plot_focus({"DT": 3, "NN": 40, "VB": 25, "IN": 8}),
        "correlation": plot_correlation(np.array([[1.0, 0.3], [0.3, 1.0]]), ["model a", "model b"]),
        "scores": plot_scores(_ranking()),
    }


def test_plots_save_svg_and_png(tmp_path: Path) -> None:
    for name, fig in _figures().items():
        svg_path, png_path = tmp_path / f"{name}.svg", tmp_path / f"{name}.png"
        save(fig, svg_path)
        save(fig, png_path)
        root = ET.parse(svg_path).getroot()
        assert root.tag == f"{SVG}svg" and len(list(root.iter())) > 20, name
        assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert to_svg(fig).lstrip().startswith("<?xml"), name
    with pytest.raises(ValueError, match=r"\.svg or \.png"):
        save(fig, tmp_path / "x.pdf")


def test_plot_input_errors() -> None:
    with pytest.raises(ValueError, match="no per-neuron scores"):
        plot_scores(_ranking(scores=None))
    with pytest.raises(ValueError, match="must be"):
        plot_correlation(np.ones((2, 3)), ["a", "b"])
    with pytest.raises(ValueError, match="mode 'retrain'"):
        plot_masking(_ranking(), mode="retrain")


def test_plots_without_matplotlib_say_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # makes `from matplotlib.figure import` fail
    with pytest.raises(ImportError, match=r"pip install 'neuronscope\[viz\]'"):
        plot_focus({"DT": 1})


def test_import_stays_light() -> None:
    code = "import sys, neuronscope.viz; print(sorted(m for m in ('torch', 'grpc', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=REPO / "client")
    assert out.stdout.strip() == "[]"
