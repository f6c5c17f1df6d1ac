"""The pages and the JSON API under ``/api/v1/`` (docs/venue-api.md).

Handlers read the token (``Authorization: Bearer TOKEN`` or the page's cookie), ask core
what it grants, and hand the request to core: reads on the reader threads
(``context.call``), changes in the writer's next batch (``context.write``). Errors are JSON with a
short code (``{"error": "unknown_token"}``); a fault is logged, never shown.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import json
import re
import uuid
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from aiohttp import web

from facilitator.core import venue as core
from facilitator.core.details import get_details
from facilitator.core.errors import WorkshopFileError
from facilitator.venue import phrases
from facilitator.venue.context import VenueContext, log
from facilitator.venue.security import TOKEN_COOKIE, current_device, error, remember_device

CONTEXT = web.AppKey("context", VenueContext)
STATIC = {"venue.js": "text/javascript", "venue.css": "text/css"}
PAGE_ROLES = {
    "j": (core.Role.PARTICIPANT, core.Role.BADGE),
    "l": (core.Role.LEADER,),
}
MAX_KEY = 200  # characters of an Idempotency-Key
KEEP_ALIVE = 15.0  # seconds between comments on a quiet event stream
POLL = 0.25  # seconds between looks at the workshop's version

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@functools.cache
def _page(name: str) -> str:
    """A page's text, read once (the files are part of the installed package)."""
    return resources.files("facilitator.venue").joinpath("pages", name).read_text(encoding="utf-8")


_PHRASE = re.compile(r"\{\{t:([a-z_.]+)\}\}")


def _render(name: str, language: str, title: str = "", problem: str = "") -> str:
    """A page in the workshop's language: ``{{lang}}``, ``{{title}}``, ``{{t:KEY}}`` (a
    phrase), ``{{problem}}`` as escaped text and ``{{phrases}}`` as JSON for the script."""
    lang = phrases.language(language)
    text = _PHRASE.sub(lambda m: html.escape(phrases.text(lang, m.group(1))), _page(name))
    return (
        text.replace("{{lang}}", html.escape(lang, quote=True))
        .replace("{{title}}", html.escape(title, quote=True))
        .replace("{{problem}}", html.escape(problem))
        .replace("{{phrases}}", phrases.phrases_json(lang))
    )


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(status=status, text=text, content_type="text/html", charset="utf-8")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", code_page)
    app.router.add_post("/join", join_form)
    app.router.add_post("/api/v1/join", join)
    app.router.add_get("/j/{token}", page)
    app.router.add_get("/l/{token}", page)
    app.router.add_get("/static/{name}", static)
    app.router.add_get("/api/v1/state", api(get_state))
    app.router.add_post("/api/v1/ideas", api(post_idea))
    app.router.add_patch("/api/v1/ideas/{id}", api(patch_idea))
    app.router.add_delete("/api/v1/ideas/{id}", api(delete_idea))
    app.router.add_post("/api/v1/votes/{id}/ballot", api(post_ballot))
    app.router.add_get("/api/v1/events", api(events))


@web.middleware
async def faults(request: web.Request, handler: Handler) -> web.StreamResponse:
    """What a handler lets through becomes a JSON error; a fault is logged with its
    traceback and answered 500 without it."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status, "bad_request"
        )
        return error(exc.status, code)
    except ConnectionResetError:
        # The phone went away before its request was read (a dropped Wi-Fi, a closed tab):
        # nobody is left to answer, and nothing was stored.
        log.debug("venue: %s %s: the client went away", request.method, request.path)
        return error(400, "connection_lost")  # never arrives; aiohttp closes quietly
    except WorkshopFileError as exc:
        log.warning("venue: workshop file problem: %s", exc.message)
        return error(503, "file_unavailable")
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        log.exception("venue: unexpected error in %s %s: %s", request.method, request.path, exc)
        return error(500, "internal")


# --- pages --------------------------------------------------------------------------------


async def page(request: web.Request) -> web.StreamResponse:
    context = request.app[CONTEXT]
    token = request.match_info["token"]
    kind = request.path.split("/")[1]
    access = await context.call(core.resolve, token)
    details = await context.call(get_details)
    language = str(details.language.value)
    if access is None or access.role not in PAGE_ROLES[kind]:
        return _html(_render("unknown.html", language), 404)
    name = "leader.html" if kind == "l" else "participant.html"
    response = _html(_render(name, language, details.title))
    response.set_cookie(
        TOKEN_COOKIE, token, max_age=7 * 24 * 3600, path="/", httponly=True, samesite="Strict"
    )
    return response


async def code_page(request: web.Request) -> web.StreamResponse:
    """``/``: where a person types the join code shown on the projector."""
    details = await request.app[CONTEXT].call(get_details)
    return _html(_render("code.html", str(details.language.value), details.title))


async def join(request: web.Request) -> web.StreamResponse:
    """``POST /api/v1/join`` ``{"code"}``: 200 ``{"url": "/j/TOKEN"}``, or 404
    ``{"error": "unknown_code"}``. Guessing is slowed by the rate limits per address and
    device (the security middleware), like every other request."""
    body = await _json(request)
    code = body.get("code")
    if not isinstance(code, str):
        return error(400, "bad_request")
    token = await request.app[CONTEXT].call(core.resolve_join_code, code)
    if token is None:
        return error(404, "unknown_code")
    return web.json_response({"url": f"/j/{token}"})


async def join_form(request: web.Request) -> web.StreamResponse:
    """The code page's form without JavaScript: on to the join link, or the page again
    with the problem."""
    form = await request.post()
    code = form.get("code")
    context = request.app[CONTEXT]
    token = await context.call(core.resolve_join_code, code) if isinstance(code, str) else None
    if token is not None:
        raise web.HTTPSeeOther(f"/j/{token}")
    details = await context.call(get_details)
    language = str(details.language.value)
    problem = phrases.text(language, "problem.unknown_code")
    return _html(_render("code.html", language, details.title, problem), 404)


async def static(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if name not in STATIC:
        raise web.HTTPNotFound()
    return web.Response(text=_page(name), content_type=STATIC[name], charset="utf-8")


# --- the API ------------------------------------------------------------------------------

ApiHandler = Callable[[web.Request, VenueContext, Any], Awaitable[web.StreamResponse]]


def api(handler: ApiHandler) -> Handler:
    """The handler, called with the access the request's token grants (401 without one)."""

    async def run(request: web.Request) -> web.StreamResponse:
        context = request.app[CONTEXT]
        token = _token(request)
        if not token:
            return error(401, "no_token")
        access = await context.call(core.resolve, token)
        if access is None:
            return error(401, "unknown_token")
        return await handler(request, context, access)

    return run


def _token(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(TOKEN_COOKIE, "")


def _answer(result: tuple[int, Any] | Any, success: int = 200) -> web.Response:
    """Core's (status, body) as a response; a bare body (or None) is a success."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], int):
        status, body = result
    else:
        status, body = success, result
    if status == 204 or body is None:
        return web.Response(status=204 if body is None and status < 300 else status)
    return web.json_response(body, status=status)


async def _json(request: web.Request) -> dict[str, Any]:
    """The body as a JSON object, or raises 400 (413 when it is too large)."""
    raw = await request.read()  # the application's client_max_size answers 413
    try:
        body = json.loads(raw) if raw else {}
    except (ValueError, UnicodeDecodeError):
        raise web.HTTPBadRequest() from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest()
    return body


def _parse_id(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _path_id(request: web.Request) -> uuid.UUID:
    """The id in the path (an idea's, a vote's); one that cannot be an id is not found."""
    found = _parse_id(request.match_info["id"])
    if found is None:
        raise web.HTTPNotFound()
    return found


def _idempotency_key(request: web.Request) -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is not None and (not key.strip() or len(key) > MAX_KEY):
        raise web.HTTPBadRequest()
    return key


async def get_state(request: web.Request, context: VenueContext, access: Any) -> web.Response:
    return web.json_response(await context.call(core.state, access, current_device()))


async def post_idea(request: web.Request, context: VenueContext, access: Any) -> web.Response:
    body = await _json(request)
    text, question = body.get("text"), body.get("question")
    if not isinstance(text, str) or (question is not None and not isinstance(question, str)):
        return error(400, "bad_request")
    question_id = None
    if question is not None:
        question_id = _parse_id(question)
        if question_id is None:
            return web.json_response({"problems": ["not_a_question"]}, status=422)
    key = _idempotency_key(request)
    return _answer(await context.write("ideas", core.add_idea, access, text, question_id, key), 201)


async def patch_idea(request: web.Request, context: VenueContext, access: Any) -> web.Response:
    body = await _json(request)
    text = body.get("text")
    if not isinstance(text, str):
        return error(400, "bad_request")
    idea = _path_id(request)
    return _answer(await context.write("ideas", core.edit_idea, access, idea, text))


async def delete_idea(request: web.Request, context: VenueContext, access: Any) -> web.Response:
    idea = _path_id(request)
    return _answer(await context.write("ideas", core.delete_idea, access, idea))


async def post_ballot(request: web.Request, context: VenueContext, access: Any) -> web.Response:
    body = await _json(request)
    values = body.get("values")
    if not isinstance(values, dict):
        return error(400, "bad_request")
    vote = _path_id(request)
    key = _idempotency_key(request)
    device, voter = current_device(), body.get("voter")  # core checks the voter
    return _answer(
        await context.write("votes", core.cast_ballot, access, vote, values, key, device, voter)
    )


async def events(request: web.Request, context: VenueContext, access: Any) -> web.StreamResponse:
    """Server-sent events: ``ready`` at once, then ``changed`` whenever the workshop's
    version moves (a phone's write or the facilitator's edit); the page then asks for the
    state again. A comment every few seconds keeps proxies and phones from dropping it."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    remember_device(response)
    await response.prepare(request)
    with contextlib.suppress(ConnectionResetError):  # the phone went away: nothing to say
        await _stream(context, response)
    return response


async def _stream(context: VenueContext, response: web.StreamResponse) -> None:
    await response.write(_event("ready", context.version, retry=True))
    seen = context.version
    while not context.closing:
        waiting = context.changed
        assert waiting is not None
        if context.version == seen:
            try:
                await asyncio.wait_for(waiting.wait(), KEEP_ALIVE)
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
        if context.closing:
            break
        if context.version != seen:
            seen = context.version
            await response.write(_event("changed", seen))


def _event(name: str, version: int, retry: bool = False) -> bytes:
    lines = "retry: 2000\n" if retry else ""
    return f"{lines}event: {name}\ndata: {json.dumps({'version': version})}\n\n".encode()


async def watch_version(app: web.Application) -> Any:
    """Cleanup context: one task looks at the workshop's version every POLL seconds (at once
    after a phone's write) and wakes the event streams when it moved."""
    context = app[CONTEXT]
    context.start_live()
    context.version = await context.call(core.version)

    async def watch() -> None:
        poke = context.poke
        assert poke is not None
        while not context.closing:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(poke.wait(), POLL)
            poke.clear()
            try:
                version = await context.call(core.version)
            except Exception as exc:  # a locked file: look again next time
                log.warning("venue: cannot read the workshop's version: %s", exc)
                continue
            if version != context.version:
                context.publish(version)

    task = asyncio.create_task(watch())
    yield
    context.close_live()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def on_shutdown(app: web.Application) -> None:
    """Ends the event streams so that the server can close their connections."""
    app[CONTEXT].close_live()
