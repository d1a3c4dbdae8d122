"""``neuronscope dashboard``: a neuron browser in the web browser (needs ``pip install 'neuronscope[dashboard]'``)."""

from neuronscope.dashboard.app import create_app, serve

__all__ = ["create_app", "serve"]
