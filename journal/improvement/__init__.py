"""Improvement work: an initiative's aim, its driver diagram, PDSA cycles and indicators
with run charts (DNLS 2.0's "Driverdiagram og PDSA", "Data og indikatorer")."""
