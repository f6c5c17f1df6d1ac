"""Screenshots for issue 15 (dark): Results (ranking, 2x2 with its table), kiosk ballot."""
from pathlib import Path

from readability import colour_scheme, low_contrast

from facilitator.core.voting import BallotChannel, BallotInput, CriterionSpec, ItemSpec, VoteMethod, VoteSettings, VoteStatus
from facilitator.ui.shell.workshop_view import Stage
from facilitator.ui.voting.controller import VotingController

OUT = Path("/tmp/work/shots15")


def test_shoot(window, qtbot):
    window.resize(1280, 800)
    with colour_scheme("dark"):
        assert window.open_demo()
        session = window.session
        controller = VotingController(session)
        vote = controller.create_vote("Which first?", VoteMethod.RATING, VoteSettings(),
            [ItemSpec("Energy audit"), ItemSpec("Common website"), ItemSpec("Shared apprentices")],
            [CriterionSpec("Impact"), CriterionSpec("Feasibility")], anonymous=True)
        controller.set_vote_status(vote.id, VoteStatus.OPEN)
        vote = controller.vote(vote.id)
        imp, fea = (c.id for c in vote.criteria)
        for r in ((5, 4, 2, 1, 4, 5), (4, 4, 1, 2, 3, 5)):
            e = {}
            for n, item in enumerate(vote.items):
                e[(item.id, imp)] = r[2 * n]; e[(item.id, fea)] = r[2 * n + 1]
            assert controller.cast_ballot(vote.id, BallotInput(BallotChannel.KIOSK, e)).ok
        controller.set_vote_status(vote.id, VoteStatus.CLOSED)
        window.view.show_stage(Stage.RESULTS)
        page = window.view.pages.widget(Stage.RESULTS)
        qtbot.wait(50)
        page.set_vote(controller.votes()[0].id)
        qtbot.wait(10)
        window.grab().save(str(OUT / "dark-results-ranking.png"))
        print("ranking", low_contrast(window))
        page.set_vote(vote.id)
        page.tabs.setCurrentWidget(page.matrix_tab)
        qtbot.wait(10)
        window.grab().save(str(OUT / "dark-results-2x2.png"))
        print("2x2", low_contrast(window))
        print(page.matrix_tab.chart.accessibleDescription())
        open_vote = next(v for v in controller.votes() if v.status is VoteStatus.OPEN)
        kiosk = window.presentation.open_kiosk(open_vote.id) if hasattr(window, "presentation") else None
        if kiosk is not None:
            qtbot.waitUntil(lambda: kiosk.pin_dialog is not None)
            kiosk.pin_dialog.reject()
            kiosk.begin()
            qtbot.wait(10)
            kiosk.grab().save(str(OUT / "dark-kiosk-ballot.png"))
            print("kiosk", low_contrast(kiosk))
            kiosk.close_without_asking()
