"""`python -m esfgraph`: the esfgraph command."""
from esfgraph.cli import main

main()
