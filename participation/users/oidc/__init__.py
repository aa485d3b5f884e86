"""Single sign-on with OpenID Connect: providers from the environment, login, linked logins."""
