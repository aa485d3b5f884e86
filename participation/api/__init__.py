"""The REST API (`/api/v1`): public data for everyone, internal data and roadmap writes for
staff with a personal token. Schemas (marshmallow) describe every request and response once;
flask-smorest validates with them and generates the OpenAPI document from them."""
