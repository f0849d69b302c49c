"""The central shop hub: a FastAPI server every stall syncs with when it can.

``create_app(db_url)`` builds the app, ``serve(db_url, host, port)`` runs it on uvicorn
(``popuppos hub``). It keeps its own database (SQLite by default, PostgreSQL by URL) and
speaks the protocol of ``popuppos.sync.protocol``.
"""
