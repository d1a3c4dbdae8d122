"""neuronscope: neuron-level analysis of NLP models over gRPC (client side).

>>> from neuronscope import Client, Override
"""

from neuronscope.client import Client
from neuronscope.errors import NeuronscopeError
from neuronscope.types import ModelInfo, Override, SentenceResult, ServerInfo, Site, TranslateResult

__all__ = ["Client", "ModelInfo", "NeuronscopeError", "Override", "SentenceResult", "ServerInfo", "Site",
           "TranslateResult"]
__version__ = "0.1.0"
