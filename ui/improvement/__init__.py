"""The improvement-work editors: driver diagram, PDSA cycles, indicators and run charts."""
