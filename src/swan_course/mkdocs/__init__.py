"""The MkDocs adapter: the only part of the engine that imports MkDocs or Material."""
