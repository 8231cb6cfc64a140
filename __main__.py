from esfgraph.cli import main

main()
