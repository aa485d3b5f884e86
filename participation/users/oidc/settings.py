"""OpenID Connect providers from the environment, one group of variables per provider.

`OIDC_PROVIDERS=staff,citizen` names them; `OIDC_STAFF_ISSUER`, `OIDC_STAFF_CLIENT_ID` and
`OIDC_STAFF_CLIENT_SECRET` are required for each, the rest optional. A half-configured
provider stops the start with a message that names the missing variable.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from participation.users.models import GRANTABLE_ROLES, Role

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
DEFAULT_SCOPES = "openid email profile"


class ProviderConfigError(ValueError):
    """A provider's variables are missing or malformed."""


@dataclass(frozen=True)
class Provider:
    name: str
    issuer: str
    client_id: str
    client_secret: str = field(repr=False)
    scopes: str = DEFAULT_SCOPES
    label: str | None = None
    roles: frozenset[Role] = frozenset()
    role_claim: str | None = None
    role_map: Mapping[str, Role] = field(default_factory=dict)

    @property
    def metadata_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"

    @property
    def origin(self) -> str:
        parts = urlsplit(self.issuer)
        return f"{parts.scheme}://{parts.netloc}"


def _role(value: str, variable: str) -> Role:
    try:
        role = Role(value.strip().lower())
    except ValueError:
        role = None
    if role not in GRANTABLE_ROLES:
        names = ", ".join(GRANTABLE_ROLES)
        raise ProviderConfigError(f"{variable}: unknown role {value!r} (one of {names})")
    return role


def _role_map(text: str, variable: str) -> dict[str, Role]:
    mapping = {}
    for pair in filter(None, (part.strip() for part in text.split(","))):
        claim_value, equals, role = pair.rpartition("=")
        if not equals or not claim_value.strip():
            raise ProviderConfigError(f"{variable}: expected value=role pairs, got {pair!r}")
        mapping[claim_value.strip()] = _role(role, variable)
    return mapping


def _provider(name: str, environ: Mapping[str, str]) -> Provider:
    prefix = f"OIDC_{name.upper()}_"

    def get(key: str) -> str:
        return environ.get(prefix + key, "").strip()

    for key in ("ISSUER", "CLIENT_ID", "CLIENT_SECRET"):
        if not get(key):
            raise ProviderConfigError(f"OIDC provider {name!r}: {prefix}{key} is not set")
    issuer = get("ISSUER").rstrip("/")
    if urlsplit(issuer).scheme not in {"http", "https"} or not urlsplit(issuer).netloc:
        raise ProviderConfigError(f"{prefix}ISSUER must be an http(s) URL, got {issuer!r}")
    scopes = " ".join(get("SCOPES").split()) or DEFAULT_SCOPES
    if "openid" not in scopes.split():
        raise ProviderConfigError(f"{prefix}SCOPES must contain 'openid'")
    role_claim = get("ROLE_CLAIM") or None
    role_map = _role_map(get("ROLE_MAP"), prefix + "ROLE_MAP")
    if bool(role_claim) != bool(role_map):
        raise ProviderConfigError(f"{prefix}ROLE_CLAIM and {prefix}ROLE_MAP go together")
    return Provider(
        name=name,
        issuer=issuer,
        client_id=get("CLIENT_ID"),
        client_secret=get("CLIENT_SECRET"),
        scopes=scopes,
        label=get("LABEL") or None,
        roles=frozenset(
            _role(role, prefix + "ROLES") for role in get("ROLES").split(",") if role.strip()
        ),
        role_claim=role_claim,
        role_map=role_map,
    )


def load_providers(environ: Mapping[str, str]) -> dict[str, Provider]:
    """The providers named in OIDC_PROVIDERS, in that order; raises ProviderConfigError."""
    providers = {}
    for name in (part.strip().lower() for part in environ.get("OIDC_PROVIDERS", "").split(",")):
        if not name:
            continue
        if not NAME_PATTERN.match(name):
            raise ProviderConfigError(
                f"OIDC_PROVIDERS: {name!r} is not a valid name (letters, digits, underscore)"
            )
        if name in providers:
            raise ProviderConfigError(f"OIDC_PROVIDERS: {name!r} is named twice")
        providers[name] = _provider(name, environ)
    return providers
