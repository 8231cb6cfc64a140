"""The collaboration network: who works with whom, from the store."""
