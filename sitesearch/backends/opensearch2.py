from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from . import tiered

SearchBackend = tiered(OpenSearch2SearchBackend)
