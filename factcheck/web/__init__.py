"""The desk: `factcheck serve`, a second face over service.py's use cases (FastAPI + Jinja2).

No SQL and no extraction here: routes parse forms and query strings, call a use case, and render
a template. Imported only by `factcheck serve`, never by the other commands.
"""
