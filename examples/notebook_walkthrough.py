# %% [markdown]
# # interviewkit in a notebook
#
# A percent-format script: open it in Jupyter (with jupytext) or VS Code and run
# it cell by cell, or run it as a plain script. In a notebook, a `Review` as the
# last expression of a cell renders as highlighted HTML.

# %%
"""A notebook walkthrough of interviewkit, as a percent-format script."""

import interviewkit as ik

cat = ik.default_catalog()
q = cat.question("career-goals")
print(q.text)
print(q.intent)

# %% [markdown]
# ## What a strong answer looks like

# %%
for sample in q.sample_answers[:2]:
    print(f"--- {sample.persona}")
    print(sample.text)

# %% [markdown]
# ## Check a draft

# %%
draft = (
    "Honestly my goal is to fast-track my career, get promoted quickly and make "
    "six figures. Long term I'd love to be sitting in your seat."
)
review = ik.review_answer(draft, q)
for f in review.findings:
    print(f"{f.severity!s:>8}  {f.category:<12} {f.text!r}")
review  # noqa: B018 - renders as HTML in a notebook

# %% [markdown]
# ## A script of your own

# %%
profile = ik.Profile(
    target_role="data analyst",
    target_company="Northwind",
    skills=["SQL", "dashboard design"],
    goal="lead analytics for a product line",
)
print(ik.personalise(cat.framework(q.frameworks[0]), profile, draft=True))
