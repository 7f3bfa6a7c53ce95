from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from . import tiered

SearchBackend = tiered(Elasticsearch8SearchBackend)
