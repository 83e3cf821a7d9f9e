"""Corpus loading, training and evaluation of the models in ``models/``."""
