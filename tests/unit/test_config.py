"""Configuration: flags over NEURONSCOPE_* env over defaults; validation names the setting."""

from __future__ import annotations

import pytest

from neuronscope_server.config import ServerConfig, is_loopback, load_config


def test_precedence_flags_over_env_over_defaults():
    env = {"NEURONSCOPE_PORT": "7000", "NEURONSCOPE_WORKERS": "3", "NEURONSCOPE_MODELS": "a=/m/a,b=/m/b"}
    cfg = load_config(["--port", "7001", "--no-serve-bundled-model"], env)
    assert cfg.port == 7001 and cfg.workers == 3
    assert cfg.models == (("a", "/m/a"), ("b", "/m/b")) and cfg.default == "a"
    assert load_config([], {}).host == "127.0.0.1"


def test_refuses_public_address_without_keys():
    with pytest.raises(ValueError, match="refusing to serve unauthenticated"):
        load_config(["--host", "0.0.0.0"], {})
    assert load_config(["--host", "0.0.0.0", "--insecure"], {}).insecure
    assert load_config(["--host", "0.0.0.0", "--keys-file", "/k.json"], {}).keys_file == "/k.json"


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        (dict(port=70000), "port"),
        (dict(dtype="float64"), "dtype"),
        (dict(models=()), "models"),
        (dict(models=(("a", "/x"), ("a", "/y"))), "duplicate"),
        (dict(default_model="zz"), "default_model"),
        (dict(max_batch_sentences=0), "max_batch_sentences"),
        (dict(tls_cert="c.pem"), "tls_cert and tls_key"),
    ],
)
def test_validation_names_the_setting(kwargs, needle):
    with pytest.raises(ValueError, match=needle):
        ServerConfig(**kwargs)


def test_bad_env_value_names_the_variable():
    with pytest.raises(ValueError, match="NEURONSCOPE_PORT"):
        load_config([], {"NEURONSCOPE_PORT": "eighty"})


@pytest.mark.parametrize("host, expected", [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                            ("0.0.0.0", False), ("10.0.0.1", False), ("example.org", False)])
def test_is_loopback(host, expected):
    assert is_loopback(host) is expected


def test_config_file_sits_under_env_and_flags(tmp_path):
    f = tmp_path / "ns.json"
    f.write_text('{"port": 7100, "workers": 4, "stream_no_progress_seconds": 12, "batching": false, '
                 '"models": {"a": "/m/a"}}')
    cfg = load_config(["--config", str(f), "--no-serve-bundled-model"], {})
    assert (cfg.port, cfg.workers, cfg.stream_no_progress_seconds, cfg.batching) == (7100, 4, 12.0, False)
    assert cfg.models == (("a", "/m/a"),)
    cfg = load_config(["--port", "7200"], {"NEURONSCOPE_CONFIG": str(f), "NEURONSCOPE_WORKERS": "5"})
    assert (cfg.port, cfg.workers) == (7200, 5)
    f.write_text('{"max_conections": 3}')
    with pytest.raises(ValueError, match="unknown setting 'max_conections'"):
        load_config(["--config", str(f)], {})
    f.write_text('{"max_connections": "many"}')
    with pytest.raises(ValueError, match="max_connections must be a int"):
        load_config(["--config", str(f)], {})


def test_every_flag_has_help_with_its_default(capsys):
    from neuronscope_server.config import build_parser

    parser = build_parser()
    for action in parser._actions:
        if action.option_strings and action.help != "==SUPPRESS==":
            assert action.help, action.option_strings
    text = parser.format_help()
    assert "--stream-no-progress-seconds" in text and "(default: 30.0)" in text


@pytest.mark.parametrize("kwargs, needle", [
    (dict(stream_no_progress_seconds=0), "stream_no_progress_seconds"),
    (dict(max_concurrent_rpcs=4, workers=8), "max_concurrent_rpcs"),
    (dict(health_port=70000), "health_port"),
    (dict(max_sentence_chars=0), "max_sentence_chars"),
])
def test_transport_limits_are_validated(kwargs, needle):
    with pytest.raises(ValueError, match=needle):
        ServerConfig(**kwargs)


def test_per_model_device_and_dtype():
    from neuronscope_server.config import placement

    assert placement("/m/a", "auto", "float32") == ("/m/a", "auto", "float32")
    assert placement("/m/a@cuda:1,bf16", "auto", "float32") == ("/m/a", "cuda:1", "bfloat16")
    assert placement("/m/a@cpu", "cuda", "float16") == ("/m/a", "cpu", "float16")
    assert placement("/m/v@2/x", "cpu", "float32") == ("/m/v@2/x", "cpu", "float32")  # an @ in a path
    cfg = load_config(["--model", "a=/m/a@cuda:0,fp16", "--model", "b=/m/b", "--no-serve-bundled-model"], {})
    assert cfg.models == (("a", "/m/a@cuda:0,fp16"), ("b", "/m/b"))
    with pytest.raises(ValueError, match="dtype 'int8'"):
        load_config(["--model", "a=/m/a@cuda,int8"], {})
    with pytest.raises(ValueError, match="device 'tpu'"):
        ServerConfig(device="tpu")


def test_adding_a_model_keeps_the_bundled_default():
    from neuronscope_server.config import DEFAULT_MODEL_DIR

    cfg = load_config(["--model", "minilm=/m/minilm"], {})
    assert cfg.models == (("en-es", str(DEFAULT_MODEL_DIR)), ("minilm", "/m/minilm")) and cfg.default == "en-es"
    assert load_config(["--model", "minilm=/m/minilm", "--no-serve-bundled-model"], {}).models == (("minilm", "/m/minilm"),)
    assert load_config(["--model", "en-es=/other/en-es"], {}).models == (("en-es", "/other/en-es"),)
    assert load_config([], {}).models == (("en-es", str(DEFAULT_MODEL_DIR)),)
