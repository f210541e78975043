"""The catalog: lookups, suggestions, matching, and loading and merging packs."""

from __future__ import annotations

import pathlib
import textwrap

import attrs
import pytest

import interviewkit as ik


def write_pack(
    root: pathlib.Path, *, question_id: str = "why-pivot", rule_id: str = "pivot-regret"
) -> None:
    """Write a small valid content pack into *root*."""
    (root / "questions").mkdir(parents=True)
    (root / "red_flags").mkdir()
    (root / "lexicon").mkdir()
    (root / "lexicon" / "extra.toml").write_text('regret_word = ["regret", "wasted"]\n')
    (root / "questions" / f"{question_id}.toml").write_text(
        textwrap.dedent(
            f"""
            id = "{question_id}"
            text = "Why are you pivoting into data science?"
            topic = "career"
            aliases = ["What drew you to data work?"]
            frameworks = ["positive-forward-back"]
            related = ["why-leave"]

            [[avoid]]
            text = "I wasted years in marketing."
            rule = "{rule_id}"
            """
        )
    )
    (root / "red_flags" / "negativity.toml").write_text(
        textwrap.dedent(
            f"""
            [[rules]]
            id = "{rule_id}"
            severity = "moderate"
            patterns = ["{{regret_word}} ~2 years"]
            message = "Calling past years a waste undersells everything you bring."
            reframes = ["My years in marketing taught me which numbers move a business."]
            examples = ["I wasted years", "I regret those years"]
            near_misses = ["years of experience"]
            """
        )
    )


@pytest.fixture
def pack_package(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> str:
    pkg = tmp_path / "teampack"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    write_pack(pkg / "data")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "teampack"


class TestLookup:
    def test_question_by_id(self, catalog: ik.Catalog) -> None:
        """question() returns the question with that id."""
        assert "why-leave" == catalog.question("why-leave").id

    def test_unknown_id_suggests_close_ids(self, catalog: ik.Catalog) -> None:
        """An unknown id raises UnknownQuestionError (a KeyError) naming close ids."""
        with pytest.raises(
            ik.UnknownQuestionError, match="did you mean 'why-leave'"
        ) as info:
            catalog.question("why-leaving")

        assert isinstance(info.value, KeyError)
        assert "why-leave" in info.value.suggestions
        assert not str(info.value).startswith('"')

    @pytest.mark.parametrize(
        ("made_up", "meant"),
        [("where-in-five-years", "career-goals"), ("strengths", "greatest-strength")],
    )
    def test_unknown_id_in_other_words_suggests_the_question_it_means(
        self, catalog: ik.Catalog, made_up: str, meant: str
    ) -> None:
        """An id spelt unlike any real one is matched by its words instead."""
        with pytest.raises(ik.UnknownQuestionError) as info:
            catalog.question(made_up)

        assert meant == info.value.suggestions[0]

    def test_unknown_id_that_means_nothing_suggests_nothing(
        self, catalog: ik.Catalog
    ) -> None:
        """Nonsense gets no guess, only a pointer to the known ids."""
        with pytest.raises(ik.UnknownQuestionError, match=r"see Catalog\.questions"):
            catalog.question("zq-xv")

    def test_questions_have_a_stable_order(self, catalog: ik.Catalog) -> None:
        """Questions come in the same order on every load."""
        fresh = ik.catalog._from_pack(
            ik._content.load_pack(ik._content.packaged_data(), name="again")
        )

        assert [q.id for q in catalog.questions] == [q.id for q in fresh.questions]

    def test_by_topic(self, catalog: ik.Catalog) -> None:
        """by_topic() returns exactly the questions of that topic."""
        motivation = catalog.by_topic("motivation")

        assert motivation
        assert all("motivation" == q.topic for q in motivation)
        assert () == catalog.by_topic("no-such-topic")

    def test_default_catalog_is_cached(self) -> None:
        """default_catalog() returns the same object every time."""
        assert ik.default_catalog() is ik.default_catalog()


class TestResolve:
    def test_accepts_question_id_text_and_none(self, catalog: ik.Catalog) -> None:
        """A Question, an id, free text or None all resolve sensibly."""
        q = catalog.question("salary-expectations")

        assert q is catalog.resolve(q)
        assert q is catalog.resolve("salary-expectations")
        assert q is catalog.resolve("What kind of salary are you looking for?")
        assert catalog.resolve(None) is None

    def test_unmatched_text_gives_none(self, catalog: ik.Catalog) -> None:
        """Free text that asks no catalog question resolves to None."""
        assert catalog.resolve("Could you pass the salt, please?") is None

    def test_misspelt_id_raises(self, catalog: ik.Catalog) -> None:
        """Something shaped like an id that names nothing is an error, not a guess."""
        with pytest.raises(ik.UnknownQuestionError):
            catalog.resolve("greatest-weaknes")

    def test_wrong_type(self, catalog: ik.Catalog) -> None:
        """Other types raise TypeError saying what to pass."""
        with pytest.raises(TypeError, match="question id"):
            catalog.resolve(42)  # type: ignore[arg-type]


class TestMatch:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Why are you on the market right now?", "why-leave"),
            ("Where do you want to be in five years?", "career-goals"),
            ("What would you say is your biggest weakness?", "greatest-weakness"),
            ("Tell me about a time you had a conflict with a coworker.", "conflict"),
            ("What are your salary expectations?", "salary-expectations"),
        ],
    )
    def test_common_wordings(
        self, catalog: ik.Catalog, text: str, expected: str
    ) -> None:
        """Everyday wordings rank their question first."""
        assert expected == catalog.match(text)[0].question.id

    @pytest.mark.parametrize("text", ["", "   ", "?!", "the", "lorem ipsum dolor"])
    def test_non_questions_match_nothing_convincing(
        self, catalog: ik.Catalog, text: str
    ) -> None:
        """Empty or unrelated text gives no match above the threshold."""
        assert all(m.score < ik.catalog.MATCH_THRESHOLD for m in catalog.match(text))

    def test_scores_sorted_within_bounds(self, catalog: ik.Catalog) -> None:
        """Scores are in [0, 1], best first, at most *limit* of them."""
        matches = catalog.match("why do you want this job at our company", limit=3)
        scores = [m.score for m in matches]

        assert len(matches) <= 3
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= s <= 1 for s in scores)


class TestPacks:
    def test_load_catalog_from_a_package(self, pack_package: str) -> None:
        """A team's pack loads with the same format, extending a base catalog."""
        cat = ik.load_catalog(pack_package, base=ik.default_catalog())

        assert "why-pivot" == cat.question("why-pivot").id
        assert "why-leave" == cat.question("why-leave").id
        found = ik.find_red_flags("I wasted years on that.", "why-pivot", catalog=cat)
        assert ["pivot-regret"] == [f.rule.id for f in found]

    def test_pack_alone_must_resolve_its_references(self, pack_package: str) -> None:
        """Without a base, a reference to an unknown framework is a ContentError."""
        with pytest.raises(
            ik.ContentError, match=r"why-pivot.*frameworks.*positive-forward-back"
        ):
            ik.load_catalog(pack_package)

    def test_merge_refuses_duplicate_ids(self, catalog: ik.Catalog) -> None:
        """Merging two catalogs that share an id is an error unless override is set."""
        with pytest.raises(ik.ContentError, match="override=True"):
            catalog.merge(catalog)

    def test_merge_with_override_replaces(self, catalog: ik.Catalog) -> None:
        """With override=True the other catalog's items win, in a new catalog."""
        changed = attrs.evolve(catalog.question("why-leave"), text="Why go?")
        other = ik.Catalog(
            questions=tuple(
                changed if q.id == changed.id else q for q in catalog.questions
            ),
            frameworks=catalog.frameworks,
            red_flags=catalog.red_flags,
            lexicon=catalog.lexicon,
        )
        merged = catalog.merge(other, override=True)

        assert "Why go?" == merged.question("why-leave").text
        assert "Why go?" != catalog.question("why-leave").text
        assert len(catalog.questions) == len(merged.questions)


def test_pack_rule_must_match_its_examples(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack whose rule misses its own example is a ContentError naming it."""
    pkg = tmp_path / "badpack"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    write_pack(pkg / "data")
    rules = pkg / "data" / "red_flags" / "negativity.toml"
    rules.write_text(
        rules.read_text().replace('"I regret those years"', '"I like those years"')
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    with pytest.raises(
        ik.ContentError, match=r"pivot-regret.*examples\[1\].*does not match"
    ):
        ik.load_catalog("badpack", base=ik.default_catalog())
    assert ik.load_catalog("badpack", base=ik.default_catalog(), check_examples=False)
