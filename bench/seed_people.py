"""Accounts and roles: the demo accounts (the benchmark logs in with them), employees with
some moderators, organisers and admins, and a few thousand citizens."""

from datetime import timedelta

from bench.seed_context import Context
from bench.texts import FIRST_NAMES, LAST_NAMES
from participation.demo.content import load
from participation.users.models import Role

USER_COLUMNS = (
    "id",
    "email",
    "display_name",
    "password_hash",
    "confirmed_at",
    "last_login_at",
    "blocked_at",
    "blocked_reason",
    "created_at",
    "updated_at",
)
# Which demo account the benchmark uses for which kind of visitor.
LOGINS = {"admin": 0, "moderator": 1, "organiser": 2, "employee": 3, "citizen": 4}


def _name(number: int) -> str:
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last}"


def seed_people(ctx: Context) -> None:
    rng, size = ctx.rng, ctx.size
    users, roles = [], []
    joined = ctx.start - timedelta(days=30)

    def add(email: str, name: str, granted: list[Role], source: str = "admin") -> int:
        ident = len(users) + 1
        created = joined - timedelta(days=rng.randrange(365))
        blocked = ctx.now - timedelta(days=3) if rng.random() < 0.002 and ident > 10 else None
        users.append(
            (
                ident,
                email,
                name,
                ctx.password_hash,
                created,
                ctx.now - timedelta(days=rng.randrange(60)),
                blocked,
                "Wiederholt beleidigende Beiträge." if blocked else None,
                created,
                created,
            )
        )
        for role in granted:
            roles.append((ident, str(role), source, created))
        return ident

    demo_users = [
        (account["email"], account["name"], [Role(role) for role in account.get("roles", [])])
        for account in load("accounts")["account"][:6]
    ]
    for position, (email, name, granted) in enumerate(demo_users):
        ident = add(email, name, list(granted))
        for role_name, index in LOGINS.items():
            if index == position:
                ctx.accounts[role_name] = ident
                ctx.meta[f"email_{role_name}"] = email
        if Role.MODERATOR in granted or Role.ADMIN in granted:
            ctx.moderators.append(ident)
        if Role.ORGANISER in granted or Role.ADMIN in granted:
            ctx.organisers.append(ident)
        if granted:
            ctx.employees.append(ident)
        else:
            ctx.citizens.append(ident)
    for number in range(1, size.employees + 1):
        granted = [Role.EMPLOYEE]
        if number % 20 == 0:
            granted.append(Role.MODERATOR)
        if number % 30 == 0:
            granted.append(Role.ORGANISER)
        ident = add(
            f"mitarbeiter{number:04d}@stadt-beispiel.de", _name(number), granted, "email_domain"
        )
        ctx.employees.append(ident)
        if Role.MODERATOR in granted:
            ctx.moderators.append(ident)
        if Role.ORGANISER in granted:
            ctx.organisers.append(ident)
    citizens = [
        add(f"person{number:05d}@example.org", _name(number * 7 + 3), [])
        for number in range(1, size.citizens + 1)
    ]
    rng.shuffle(citizens)
    # The benchmark's citizen is a busy one (fourth most ideas), so her pages have content.
    ctx.citizens = [*citizens[:3], ctx.accounts["citizen"], *citizens[3:], *ctx.citizens[1:]]
    # A few accounts never confirmed their address: they exist, and take part in nothing.
    unconfirmed = [
        add(f"neu{number:04d}@example.org", _name(number), []) for number in range(1, 21)
    ]
    rows = [row if row[0] not in unconfirmed else (*row[:4], None, None, *row[6:]) for row in users]
    ctx.loader.load("users", USER_COLUMNS, rows)
    ctx.loader.load("user_roles", ("user_id", "role", "source", "granted_at"), roles)
    ctx.meta["profile_id"] = str(ctx.citizens[0])
