"""A tiny shop: the kind of app whose release once reached servers without SQLAlchemy."""
from flask import Flask
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://shop@localhost/shop")


@app.get("/health")
def health():
    with engine.connect() as connection:
        connection.execute(text("select 1"))
    return {"ok": True}
