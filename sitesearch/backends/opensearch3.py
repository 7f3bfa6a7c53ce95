from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from . import tiered

SearchBackend = tiered(OpenSearch3SearchBackend)
