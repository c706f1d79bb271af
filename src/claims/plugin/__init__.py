"""Datasette plugin: the claims review desk.

- claim pages (``/claims/claims/<id>``) show the claim in its paragraph, its fields,
  its review history and, for reviewers, a review form (template row-claims-claims.html);
- document pages (``/claims/documents/<id>``) show the text with every claim marked;
- ``POST /-/claims/review/<id>`` records a review (reviewers only, CSRF-protected);
- ``/-/claims/next`` jumps to the first unverified statistic in the queue;
- the export views' CSV (``/claims/unverified_statistics.csv``) always streams every row.

Who may review is the ``allow_review`` block of this plugin's config in metadata.yml,
matched like any Datasette allow block; without one, only ``root`` may review.
"""
from datasette import hookimpl
from datasette.utils import actor_matches_allow
from datasette.utils.asgi import BadRequest, Forbidden, NotFound, Response
from markupsafe import Markup

from ..review import ReviewError, UnknownClaim, record_review
from ..web.pages import claim_page, document_page, is_web_url, next_unverified_statistic

# `claims serve` serves its database file as "claims", the name in URLs, metadata.yml and
# template names (plain `datasette serve` does so only for a file named claims.db).
DATABASE = "claims"
REVIEW_PERMISSION = "claims-review"
DEFAULT_ALLOW_REVIEW = {"id": "root"}
# Views whose CSV is an export: a plain .csv link would stop after one page of rows.
EXPORT_VIEWS = ("unverified_statistics", "claim_export")


@hookimpl
def permission_allowed(datasette, actor, action):
    if action == REVIEW_PERMISSION:
        config = datasette.plugin_config("claims") or {}
        return actor_matches_allow(actor, config.get("allow_review", DEFAULT_ALLOW_REVIEW))


async def can_review(datasette, actor) -> bool:
    return await datasette.permission_allowed(actor, REVIEW_PERMISSION, default=False)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def stream_exports(scope, receive, send):
            if scope["type"] == "http" and scope["path"] in _export_csv_paths(datasette):
                query = scope.get("query_string", b"")
                if b"_stream=" not in query:
                    scope = {**scope, "query_string": b"&".join(filter(None, [query, b"_stream=on"]))}
            await app(scope, receive, send)

        return stream_exports

    return wrap


def _export_csv_paths(datasette) -> set[str]:
    if DATABASE not in datasette.databases:
        return set()
    return {datasette.urls.table(DATABASE, view, format="csv") for view in EXPORT_VIEWS}


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("claims", "review-desk.css")]


@hookimpl
def extra_template_vars(datasette, database, table, view_name, request):
    if view_name != "row" or database != DATABASE or table not in ("claims", "documents"):
        return {}

    async def row_page_vars():
        row_id = _int_or_none(request.url_vars.get("pks", ""))
        if row_id is None:
            return {}
        db = datasette.get_database(DATABASE)
        if table == "documents":
            return await document_page(db, datasette.urls, row_id)
        return {**await claim_page(db, datasette.urls, row_id),
                "can_review": await can_review(datasette, request.actor)}

    return row_page_vars


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Claim ids in canned query results and export views link to the claim page."""
    is_claim_id = ((table is None and column == "claim_id")
                   or (table in EXPORT_VIEWS and column == "id"))
    if database == DATABASE and is_claim_id and isinstance(value, int):
        return Markup('<a href="{}">{}</a>').format(
            datasette.urls.row(DATABASE, "claims", value), value)


@hookimpl
def menu_links(datasette):
    if DATABASE in datasette.databases:
        return [{"href": datasette.urls.path("/-/claims/next"),
                 "label": "Next unverified statistic"}]


@hookimpl
def register_routes():
    return [
        (r"^/-/claims/review/(?P<claim_id>[0-9]+)$", review_claim),
        (r"^/-/claims/next$", next_claim),
    ]


async def review_claim(datasette, request):
    """Record a review by the signed-in actor, then go back to the claim."""
    if request.method != "POST":
        return Response.text("Post the review form to this address.", status=405)
    if not await can_review(datasette, request.actor):
        raise Forbidden("Only reviewers may review claims: sign in first.")
    db = _claims_database(datasette)
    claim_id = int(request.url_vars["claim_id"])
    form = await request.post_vars()
    status = form.get("status", "")
    evidence_url = form.get("evidence_url", "").strip()
    if evidence_url and not is_web_url(evidence_url):
        raise BadRequest("The evidence URL must start with http:// or https://")
    # The reviewer is whoever is signed in, never a form field.
    reviewer = str((request.actor or {}).get("id") or "")

    def write(conn):
        return record_review(conn, claim_id, status, reviewer,
                             form.get("note", "").strip(), evidence_url)

    try:
        await db.execute_write_fn(write, block=True)
    except UnknownClaim as e:
        raise NotFound(str(e))
    except ReviewError as e:  # an invalid status, or no reviewer id
        raise BadRequest(str(e))
    datasette.add_message(request, f"Claim {claim_id} marked {status}.", datasette.INFO)
    return Response.redirect(datasette.urls.row(DATABASE, "claims", claim_id))


async def next_claim(datasette, request):
    db = _claims_database(datasette)
    claim_id = await next_unverified_statistic(db)
    if claim_id is None:
        datasette.add_message(request, "No unverified statistics left.", datasette.INFO)
        return Response.redirect(datasette.urls.table(DATABASE, "unverified_statistics"))
    return Response.redirect(datasette.urls.row(DATABASE, "claims", claim_id))


def _claims_database(datasette):
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound(f"No {DATABASE!r} database: serve claims.db")


def _int_or_none(text: str) -> int | None:
    return int(text) if text.isdigit() else None
