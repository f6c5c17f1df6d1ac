"""The phone pages in a real browser: a leader's ideas, a participant's ballots in all five
methods, live updates, the offline queue and the join code."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest
from browser_site import SHOTS, Site

from facilitator.core import venue as core
from facilitator.core import voting
from facilitator.core.details import update_details
from facilitator.store.models import Language

expect = pytest.importorskip("playwright.sync_api").expect
XSS = "<b>x</b><img src=x onerror=alert(1)>"


def group_ideas(site: Site) -> list[str]:
    access = core.resolve(site.doc, site.leader_token)
    assert access is not None
    return [i["text"] for i in core.state(site.doc, access)["ideas"]]


def open_vote(site: Site, method: voting.VoteMethod, **settings: Any) -> voting.VoteData:
    criteria = [voting.CriterionSpec("Impact", scale_min=1, scale_max=5)]
    vote = voting.create_vote(
        site.doc,
        f"Phone {method.value}",
        method,
        voting.VoteSettings(**settings),
        [voting.ItemSpec(label) for label in ("Alpha", "Beta", "Gamma")],
        criteria if method is voting.VoteMethod.RATING else (),
    )
    voting.open_vote(site.doc, vote.id)
    return voting.get_vote(site.doc, vote.id)


def entries(site: Site, vote: voting.VoteData) -> list[dict[str, float]]:
    """Each stored ballot as {item label (· criterion): value}."""
    labels = {i.id: i.label for i in vote.items}
    criteria = {c.id: c.name for c in vote.criteria}
    return [
        {
            labels[item] + (f" · {criteria[crit]}" if crit else ""): value
            for (item, crit), value in ballot.entries.items()
        }
        for ballot in voting.list_ballots(site.doc, vote.id)
    ]


def section(page: Any, title: str) -> Any:
    return page.locator("section.vote").filter(has=page.get_by_role("heading", name=title))


def test_a_leader_adds_edits_and_deletes_ideas(site: Site, page: Any) -> None:
    page.goto(site.leader)
    field = page.get_by_label(re.compile("New idea"))
    for text in ("Car pool to the site", "Shared tool shed", "Monthly breakfast"):
        field.fill(text)
        field.press("Enter")
        page.locator(".idea-text", has_text=text).wait_for()
    page.locator("#pending").wait_for(state="hidden")

    row = page.locator("li.idea").filter(has_text="Shared tool shed")
    row.get_by_role("button", name=re.compile("^Edit")).click()
    editor = page.get_by_label("Edit the idea")
    editor.fill("Shared tool library")
    editor.press("Enter")
    page.locator(".idea-text", has_text="Shared tool library").wait_for()

    row = page.locator("li.idea").filter(has_text="Monthly breakfast")
    row.get_by_role("button", name=re.compile("^Delete")).click()
    page.get_by_role("button", name="Yes, delete").click()
    page.locator(".idea-text", has_text="Monthly breakfast").wait_for(state="detached")
    page.locator("#pending").wait_for(state="hidden")

    texts = group_ideas(site)
    assert "Car pool to the site" in texts and "Shared tool library" in texts
    assert "Shared tool shed" not in texts and "Monthly breakfast" not in texts


def test_idea_text_is_shown_as_text_never_as_html(site: Site, page: Any) -> None:
    page.goto(site.leader)
    field = page.get_by_label(re.compile("New idea"))
    field.fill(XSS)
    field.press("Enter")
    page.locator("#pending").wait_for(state="hidden")
    shown = page.locator(".idea-text", has_text="onerror")
    shown.wait_for()
    assert shown.text_content() == XSS
    assert page.locator("#ideas img, #ideas b").count() == 0
    assert XSS in group_ideas(site)


def test_an_idea_added_offline_arrives_once_when_back_online(
    site: Site, context: Any, page: Any
) -> None:
    page.goto(site.leader)
    page.locator("#add-form").wait_for()
    context.set_offline(True)
    field = page.get_by_label(re.compile("New idea"))
    field.fill("Written in the basement")
    field.press("Enter")
    page.locator(".pending-note").wait_for()
    assert page.locator("#pending").text_content() == "1 change waiting to send"
    assert field.input_value() == ""
    assert "Written in the basement" not in group_ideas(site)

    context.set_offline(False)
    page.locator("#pending").wait_for(state="hidden")
    page.locator(".idea-text", has_text="Written in the basement").wait_for()
    assert group_ideas(site).count("Written in the basement") == 1
    assert page.locator(".idea-text", has_text="Written in the basement").count() == 1


def test_a_participant_votes_in_the_demo_approval_vote_and_changes_it(
    site: Site, page: Any
) -> None:
    (vote,) = [v for v in voting.list_votes(site.doc) if v.status is voting.VoteStatus.OPEN]
    first, second = vote.items[0].label, vote.items[1].label
    page.goto(site.join)
    form = section(page, vote.title)
    form.get_by_label(first).check()
    form.get_by_role("button", name="Vote").click()
    page.locator("#live", has_text="Saved").wait_for()
    assert entries(site, vote) == [{first: 1.0}]

    form.get_by_label(first).uncheck()
    form.get_by_label(second).check()
    form.get_by_role("button", name="Change my ballot").click()
    page.locator(".stored", has_text="Your ballot is saved").wait_for()
    assert entries(site, vote) == [{second: 1.0}]

    page.reload()  # the ballot is this device's: it comes back from the server
    assert section(page, vote.title).get_by_label(second).is_checked()


def vote_on_page(page: Any, vote: voting.VoteData) -> dict[str, float]:
    """Fills in a good ballot for the vote's method; returns what the file should hold."""
    form = section(page, vote.title)
    method = vote.method
    if method is voting.VoteMethod.DOTS:
        plus = form.get_by_role("button", name="Give a dot to Alpha")
        plus.click()
        plus.click()
        form.get_by_role("button", name="Give a dot to Beta").click()
        expect(form.locator(".left")).to_have_text("2 of 5 dots left")
        assert plus.is_disabled()  # the cap of 2 per item
        return {"Alpha": 2.0, "Beta": 1.0}
    if method is voting.VoteMethod.POINTS:
        form.get_by_label("Alpha", exact=True).fill("60")
        form.get_by_label("Gamma", exact=True).fill("30")
        expect(form.locator(".left")).to_have_text("10 of 100 points left")
        return {"Alpha": 60.0, "Gamma": 30.0}
    if method is voting.VoteMethod.RANKING:
        form.get_by_label("Choice 1").select_option(label="Gamma")
        form.get_by_label("Choice 2").select_option(label="Alpha")
        return {"Gamma": 1.0, "Alpha": 2.0}
    if method is voting.VoteMethod.RATING:
        form.get_by_label("Impact for Alpha: 4").check()
        form.get_by_label("Impact for Gamma: 2").check()
        return {"Alpha · Impact": 4.0, "Gamma · Impact": 2.0}
    form.get_by_label("Beta").check()
    return {"Beta": 1.0}


@pytest.mark.parametrize("method", list(voting.VoteMethod))
def test_each_method_is_voted_from_the_page(
    site: Site, page: Any, method: voting.VoteMethod
) -> None:
    settings: dict[str, Any] = {"top_k": 2}
    if method is voting.VoteMethod.DOTS:
        settings.update(dots_per_voter=5, cap_per_item=2)
    if method is voting.VoteMethod.POINTS:
        settings.update(points_budget=100)
    vote = open_vote(site, method, **settings)
    page.goto(site.join)
    expected = vote_on_page(page, vote)
    section(page, vote.title).get_by_role("button", name="Vote").click()
    section(page, vote.title).locator(".stored", has_text="Your ballot is saved").wait_for()
    assert entries(site, vote) == [expected]


@pytest.mark.parametrize("method", [voting.VoteMethod.DOTS, voting.VoteMethod.POINTS])
def test_over_budget_is_refused_by_the_server_with_its_message(
    site: Site, page: Any, method: voting.VoteMethod
) -> None:
    """The page's own checks keep to the budget it was told; here it is told a bigger one
    than the file holds, so only the server stands in the way."""
    small = {"dots_per_voter": 2} if method is voting.VoteMethod.DOTS else {"points_budget": 10}
    vote = open_vote(site, method, **small)

    def bigger_budget(route: Any) -> None:
        reply = route.fetch()
        state = reply.json()
        for shown in state["votes"]:
            shown["rules"]["dots_per_voter"] = 9
            shown["rules"]["points_budget"] = 90
        route.fulfill(response=reply, body=json.dumps(state))

    page.route("**/api/v1/state", bigger_budget)
    page.goto(site.join)
    form = section(page, vote.title)
    if method is voting.VoteMethod.DOTS:
        for _ in range(3):
            form.get_by_role("button", name="Give a dot to Alpha").click()
    else:
        form.get_by_label("Alpha", exact=True).fill("40")
    form.get_by_role("button", name="Vote").click()
    message = "3 used, but the budget is 2" if method is voting.VoteMethod.DOTS else (
        "40 used, but the budget is 10")  # fmt: skip
    form.locator(".problem", has_text=message).wait_for()
    assert entries(site, vote) == []


def test_the_page_checks_the_budget_before_sending(site: Site, page: Any) -> None:
    vote = open_vote(site, voting.VoteMethod.POINTS, points_budget=100)
    page.goto(site.join)
    form = section(page, vote.title)
    form.get_by_label("Alpha", exact=True).fill("80")
    form.get_by_label("Beta", exact=True).fill("40")
    form.locator(".left", has_text="-20 of 100 points left").wait_for()
    form.get_by_role("button", name="Vote").click()
    form.locator(".problem", has_text="120 used, but the budget is 100").wait_for()
    assert entries(site, vote) == []


def test_a_vote_opened_and_closed_meanwhile_shows_without_reload(site: Site, page: Any) -> None:
    page.goto(site.join)
    page.locator("section.vote").first.wait_for()
    vote = open_vote(site, voting.VoteMethod.APPROVAL)
    section(page, vote.title).wait_for()
    page.locator("#live", has_text="A vote has opened").wait_for()
    voting.close_vote(site.doc, vote.id)
    section(page, vote.title).wait_for(state="detached")
    page.locator("#live", has_text="The vote has closed").wait_for()


def test_the_join_code_leads_to_the_participant_page(site: Site, page: Any) -> None:
    code = core.join_code(site.links.join_token)
    page.goto(site.url("/"))
    field = page.get_by_label("Code from the screen")
    field.fill("ZZZZZZ" if code != "ZZZZZZ" else "YYYYYY")
    page.get_by_role("button", name="Join").click()
    page.locator("#code-problem", has_text="That code is not right").wait_for()
    field.fill(f"{code[:3].lower()} {code[3:]}")
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/j/{site.links.join_token}")
    page.locator("section.vote").first.wait_for()


def test_a_named_vote_lets_a_join_link_phone_find_its_name(site: Site, page: Any) -> None:
    """Named votes on a join link: needs the server's ``voters`` list (core/venue/voters)."""
    vote = voting.create_vote(
        site.doc,
        "Named phone vote",
        voting.VoteMethod.APPROVAL,
        voting.VoteSettings(),
        [voting.ItemSpec("Alpha"), voting.ItemSpec("Beta")],
        (),
        anonymous=False,
    )
    voting.open_vote(site.doc, vote.id)
    access = core.resolve(site.doc, site.links.join_token)
    assert access is not None
    shown = next(v for v in core.state(site.doc, access)["votes"] if v["id"] == str(vote.id))
    if not shown.get("voters"):
        pytest.skip("the state lists no voters for a named vote (no one checked in?)")
    person = shown["voters"][0]
    page.goto(site.join)
    form = section(page, "Named phone vote")
    form.get_by_role("searchbox").fill(person["label"][:4])
    form.get_by_label(person["label"], exact=True).check()
    form.get_by_label("Alpha").check()
    form.get_by_role("button", name="Vote").click()
    page.locator("#live", has_text="Saved").wait_for()
    (ballot,) = voting.list_ballots(site.doc, vote.id)
    assert str(ballot.voter_id) == person["id"]


def test_norwegian_screenshots(site: Site, page: Any) -> None:
    update_details(site.doc, language=Language.NORWEGIAN_BOKMAL)
    ideas_texts = ("Felles lærlingordning", "Robotlab på hjul som besøker bedriftene")
    access = core.resolve(site.doc, site.leader_token)
    assert access is not None
    for text in ideas_texts:
        core.add_idea(site.doc, access, text, None, str(uuid.uuid4()))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(site.leader)
    page.locator(".idea-text", has_text=ideas_texts[0]).wait_for()
    assert page.get_by_label(re.compile("Ny idé")).is_visible()
    (SHOTS / "leader-nb.png").write_bytes(page.screenshot())

    open_vote(site, voting.VoteMethod.DOTS, dots_per_voter=5, cap_per_item=2)
    page.goto(site.join)
    form = section(page, "Phone dots")
    form.get_by_role("button", name="Gi en prikk til Alpha").click()
    form.locator(".left", has_text="4 av 5 prikker igjen").wait_for()
    assert page.locator("html").get_attribute("lang") == "nb"
    (SHOTS / "ballot-nb.png").write_bytes(page.screenshot(full_page=True))

    page.goto(site.url("/"))
    assert page.get_by_label("Koden fra skjermen").is_visible()
    (SHOTS / "code-nb.png").write_bytes(page.screenshot())
