import click
@click.group()
def main():
    """esfgraph"""
