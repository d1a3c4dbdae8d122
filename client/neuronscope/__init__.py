"""neuronscope: neuron-level analysis of NLP models over gRPC (client side).

>>> from neuronscope import Client, Override
"""

from neuronscope.client import Client
from neuronscope.errors import NeuronscopeError
from neuronscope.types import (
    Dataset,
    DatasetInfo,
    ErasePoint,
    ModelInfo,
    Override,
    Profile,
    Ranking,
    SentenceResult,
    ServerInfo,
    Site,
    TranslateResult,
)

__all__ = ["Client", "Dataset", "DatasetInfo", "ErasePoint", "ModelInfo", "NeuronscopeError", "Override", "Profile",
           "Ranking", "SentenceResult", "ServerInfo", "Site", "TranslateResult"]
__version__ = "0.1.0"
