"""
Matching an interviewer's free-text question to catalog questions, offline.

Text is reduced to concept tokens. Contractions and chat shorthand ("ur",
"yrs") are expanded, articles dropped and every word lightly stemmed; then
multi-word idioms ("on the market", "butted heads") and single words ("boss",
"supervisor") are folded onto shared concepts, and the remaining function words
and names the lexicon does not know ("leaving Acme") are dropped. A "not" just
before a liking word turns it into its opposite ("don't enjoy" means dislike).

Each question is indexed by its text, its aliases and its keywords. A query is
compared with a question in two ways: the best single phrasing (a cosine of
IDF-weighted concepts and concept pairs) and how much of the query the
question's whole vocabulary explains. The score also grows with the amount of
specific evidence, so one vague shared word stays below the match threshold,
and remarks that neither ask anything nor address the candidate are damped,
as are statements about the speaker or the setting that only mention "you"
in passing ("The team is hybrid, just so you know.").
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise

from .model import Question

__all__ = ["QuestionIndex", "concepts"]

# Interview vocabulary: concept -> the words and idioms that express it, written
# as plain English and stemmed like the text they are matched against. A key of
# two words emits both concepts, an entry "idiom = a b" emits concepts a and b
# instead of its key, and the empty key marks filler that means nothing.
_LEXICON: dict[str, str] = {
    # -- discourse filler -----------------------------------------------------
    "": """next one, next question, last thing, one more thing, switching gears,
        change gears, shift gears, read into it, we ask everyone, real example,
        specific example, for example, in particular, put it this way, so to speak,
        first off, you start by, you start with, start by telling, to kick things off,
        kick off, start by, start with, start off, to begin with, before we start,
        before we begin, start to finish, this all goes well, all goes well,
        this goes well, led to, lead to, led you to, for a second,
        of course, minutes left, time left, at this point, in the first place,
        main reason, I'm curious, just curious, out of curiosity, for a moment,
        help me understand, if you do not mind me asking, if you do not mind,
        mind me asking, mind if i ask, if i may ask, may i ask, can i ask,
        fill me in, pull up, bring up, i notice, i noticed, i see that,
        take away from, took away from, takeaway, take away, took away,
        walk away with, walked away with, after all this time, after so long,
        make you an offer, made you an offer, offered you, if you like,
        let me know, fire drill, fire alarm, let get started, let start, let begin,
        let kick off, let dive in, let get going, let crack on, offer you the job, offered you the job""",
    # -- the job, the company, now and before --------------------------------
    "why": """why, how come, what prompted, what prompt, what is prompting,
        what is behind, what made you, what makes you want, what led you,
        reason for, reason why, reasons for""",
    "job": "job, role, position, gig, post, opening, opportunity, vacancy",
    "deadline": "deadline",
    "resume": "resume, cv, curriculum vitae",
    "this job": """this job, this role, this position, this opportunity, this opening,
        this post, this vacancy, this gig, this posting, put in for, put hand up for,
        throw hat in ring, threw hat in ring,
        role itself, job itself, job description""",
    "this company": """this company, this organization, this firm, this place,
        this hospital, this trust, this school, this bank, this agency, this charity,
        this clinic, this store, this shop, this brand, apply to this one,
        why this one = why this company,
        know about us""",
    "company": """company, organization, organisation, firm, employer, business,
        workplace, place, of all places, work here, apply here, why here, work for us,
        work with us, join us, why us, apply to us, for us, to us, about us, with us,
        pick us, choose us, join our team, mission, hospital, clinic, agency,
        charity, startup, start up, outfit, bank, what we do, culture, values""",
    "current": """current, present, existing, now, today, nowadays, these days,
        right now, at the moment, where you are""",
    "past": "last, previous, old, former, prior, past, earlier",
    "career": """career, professional, profession, over all years, over years,
        all your years, in all years, throughout career, over course of career,
        working life""",
    "field": """field, industry, sector, line of work, domain, different field,
        new field, different industry, new industry, another industry,
        different career, different direction, new direction, change direction,
        change of direction, different path, new path, altogether, entirely,
        whole new, completely new, completely different, totally different,
        start over, start afresh, start again, fresh start, clean slate""",
    "candidate": """candidate, applicant, candidate pool, pool, finalist, shortlist,
        other people applying, interviewee, everyone else we are interviewing""",
    "manager": """manager, boss, supervisor, superior, line manager, reported to,
        higher ups, management, work under, worked for someone""",
    "reports": """direct reports, report to you, people you manage, work for you,
        people who work for you""",
    "coworker": """coworker, co worker, colleague, teammate, peer,
        someone on your team, someone at work, people you work with, person at work,
        someone you work with, people at work, working relationship""",
    "customer": """customer, client, patron, guest, patient, consumer, buyer, shopper,
        caller, member of the public""",
    "team": """team, teamwork, group, collaborate, collaboration, collaborative,
        cooperate, together, cross functional, other departments, work with others,
        work with other people, work with people, work closely with, alongside,
        rely on others, depend on others, crew, squad, alone, on own, solo,
        independently, by yourself, with others, others,
        someone on crew = coworker, someone on shift = coworker""",
    # -- moving on --------------------------------------------------------------
    "leave": """leave, left, quit, exit, depart, change, switch, move, move on,
        on the market, look around, poke around, look elsewhere, look outside,
        job hunt, job search, job board, start looking, you looking, get out,
        walk away, want out, out the door, pull you out, other opportunities,
        explore options, new job, make a change, make a move, thinking about a move,
        new opportunities, actively looking, exploring, you look around,
        look for something new, look for something else, new role, new position,
        open to new, time to go, time to leave, time to move on, time for change,
        pull you away = why leave, draw you away, think about leave,
        think of leave, consider leave, thinking about move on, tempt you away, lure you away,
        got you look = why leave, has you look = why leave, have you look = why leave,
        get you look = why leave, what has you look = why leave""",
    "want": """want, hope, wish, seek, target, aim, aim for, look for, you look for,
        looking to""",
    "change": """pivot, transition, career shift, leap, jump, shift career,
        shift into = change field, shift to = change field, jump into = change field,
        move into = change field, switch into = change field,
        transition into = change field, pivot into = change field""",
    "toward": """toward, running toward, running to, pull, chase, coming to,
        something better, pull in, pulled in, pull toward, drawn toward, lure, tempt,
        push or pull = toward away, pull or push = toward away""",
    "away": """away, running away, running from, push, push you out, escape, get away,
        leaving behind, want gone, or push out, push out or, or push, or push away,
        run from, flee, fleeing""",
    "hop": """hop, job hopping, job hopper, stint, tenure, stick around, stay long,
        stay longer, stayed anywhere, loyal, loyalty, so many, so often, so short,
        moved around, many jobs, many employers, plan to stay,
        how long would you stay, often, few jobs, lot of jobs, several jobs,
        number of jobs, not stay, keep you here, keep you around, longer than,
        frequently, job in num year, role in num year, employer in num year,
        company in num year, only last, last only, not last long, last long, last about,
        year or so, every year or two, each job, each role, every job, every role,
        short stay, short stays, brief stint, quick succession, revolving door,
        bounce around, jump around, hop around, move around a lot, in and out,
        come and go, leave so quickly, leave so soon, settle, settle down, commit,
        commitment, track record""",
    "gap": """gap, hiatus, sabbatical, career break, time off, time away, break in,
        between jobs, between roles, between positions, out of work,
        out of the workforce, unemployed, been up to since, up to since,
        missing from resume, since you left, since your last job, been doing since,
        were not work, was not work, not been work, have not work, not in work,
        not employed, without job, without work, out of job, unaccounted,
        unaccounted for, unexplained, nothing listed, nothing on resume, blank,
        hole in, empty stretch, stretch where, stretch when, stretch of time,
        were you up to, you up to during, up to in meantime, in meantime,
        time in between, step away from work, stepped away, year out, years out,
        month out, months out, between leave, since leave, time between,
        between then and now""",
    "fire": """fire, terminate, termination, dismiss, dismissal, sack, let go,
        let you go, part ways, asked to resign, asked to leave, discharged,
        shown the door, pushed out, forced out, voluntarily, involuntarily,
        on own terms, own terms""",
    "layoff": """layoff, laid off, lay off, redundant, redundancy, downsize,
        restructure, eliminated, cut jobs, job cuts, cutbacks, cut back, position cut,
        role cut, were cut, reduction in force, headcount, went under, went bust,
        bankrupt""",
    "overqualified": """overqualified, over qualified, underchallenged,
        under challenged, bored, restless, junior, step down, step back,
        step backward, backward step, below experience, below level,
        more experience than, too much experience, too senior, senior for,
        too experienced, beneath you, demotion, lower level, at your level,
        less experience than you, individual contributor, above level,
        above this level, well above, above this role, beyond this role, senior than,
        more senior, too qualified, outgrown, outgrow, overshoot, overkill,
        aim higher, aim lower, take a step down, step down from, come down a level,
        lower title, smaller title, less responsibility""",
    # -- wants and likes -------------------------------------------------------
    "enjoy": """love, enjoy, enjoyable, favorite, favourite, satisfy, satisfaction,
        fulfil, fulfill, rewarding, best part, like most, like best, like about,
        miss about, miss most, will miss, you miss, look forward, highlight,
        kick out of, best thing about, sad to leave, hard to leave, hate to leave,
        hate to lose, hate to give up, happiest, make you happy, keen on,
        light you up, lights you up, gets you excited, best bit, best days,
        get a buzz, buzz, thrive, thrive on, relish, fun, fun part""",
    "dislike": """dislike, hate, frustrate, frustration, annoy, irritate, bother,
        least, worst, bad, do without, pet peeve, least favorite, least favourite,
        least enjoy, enjoy least, like least, least like, least satisfying,
        least rewarding, least enjoyable, least fun, least interesting, change about,
        dread, fix about, fix one thing about, change one thing about, get rid of,
        drive you up the wall, drive you nuts, drive you mad, tedious,
        drive you crazy, draining, not work for you, not work well for you,
        hard to work with, difficult to work with, hardest to work with,
        not work well with, not get on with, hand off, not stand, bug you,
        bug me, bugs you, get on nerve, grate on you, grate on, get under skin,
        wind you up, wound you up, irk, grind gear, pain point, put up with,
        sick of, fed up, tired of, chore, drag, gripe, grumble, moan, bugbear,
        pet hate, turn off, turn you off, rather not do, rather avoid,
        hard to tolerate, not keen, least keen, worst part, worst bit, downside,
        drawback, con, minus, gets you down, get you down, wear you down,
        wish were different, wish could change""",
    "appeal": """attract, attractive, appeal, draw, drew, drawn, caught your eye,
        catch your eye, interest you, interested in, you interested, excite you,
        grab you, grabbed your attention, caught attention, catch attention, pique, piqued, spark, sparked, jump out,
        jumped out, stood out to you, stand out to you, speak to you, spoke to you,
        resonate, resonated, hook, hooked, sold you, sell you on, tempted you""",
    "motivation": """motivate, motivation, drive, driven, energize, energise, inspire,
        inspiration, passion, passionate, enthusiastic, enthusiasm, out of bed,
        keeps you going, gets you up, makes you tick, fires you up, fired up,
        gets you going, push you, push you to, excite, lose track of time, engaged,
        energy""",
    "ideal": """ideal, perfect, dream, design your own, any job, any role,
        in the world, idea of a great, idea of a good, idea of perfect,
        money were no object, money was no object, write your own, create your own,
        invent your own, own job description, from scratch, blank slate,
        magic wand, wave a wand, no limits, no constraints, no restrictions,
        choose anything, choose any, could do anything, pick any,
        any kind of work, kind of work you would do,
        tailor made, build your own, design a job = ideal job,
        design a role = ideal job, design a position = ideal job, made for you, made to measure, wish list, wishlist,
        best version of job""",
    "future": """aspiration, ambition, future, career goal, long term goal,
        five year plan, long term, longer term, short term, see yourself,
        picture yourself, envision yourself, years from now, in num years,
        next num years, num years from now, num years time, num years out,
        next few years, few years from now, down the road, career path, trajectory,
        where you want to be, long run, career heading, career going, next for you,
        grow, growth, decade, plan for career, career plan, career plans,
        plans for future, long term plan, where you headed, where you are headed,
        where you heading, heading next, next step, next steps, next chapter,
        next move, in num year, where do you want to be, hope to be, end up in num,
        progress, progression, climb, ladder, move up""",
    "leisure": """hobby, pastime, free time, spare time, downtime, for fun, weekend,
        evenings, outside work, outside of work, outside the office, outside job,
        outside of your job, recharge, unwind, relax, personal life, off the clock,
        interest, you're not working, you're not at work, fill time""",
    "success": """success, successful, succeed, succeeded, went well, go well,
        good job, did well, done well, good year, doing well, do well in job = success,
        do well in role = success, good day at work, good day, good week, win for you,
        job well done, on track, hit the mark, winning""",
    "define": """define, definition, mean, measure, judge, how would you know,
        how do you know, how will you know, how can you tell, yardstick, benchmark,
        scorecard, counts as, what good look like, gauge, assess, evaluate""",
    "salary": """salary, pay, paid, salary expectation, compensation, comp, money,
        package, wage, rate, earn, ballpark, currently on, you on now, number,
        you making, hoping to make, need to make, to make in, make now, ctc,
        expected ctc, remuneration, ote, take home, day rate, hourly rate,
        pay range, salary range, pay band, salary band, figure in mind,
        number in mind, range in mind, what are you on, worth to you,
        cost us, bonus, pay rise, per hour, per annum""",
    "available": """available, availability, notice, start date, you start, to start,
        you begin, to begin, start right away, free to start, could start, can start,
        would start, could begin, can begin, earliest, able to start, how soon,
        right away, immediately, asap, could you join, can you join, come on board,
        get started, timeline, timing, start new role, start new job,
        you could join, you can join, able to join, free to join, join date,
        long before you could, long before you can, tied in, tied to contract,
        hand in notice, give notice, notice period, release you""",
    "remote": """remote, hybrid, wfh, work from home, from home, home office,
        telecommute, in the office, into the office, in person, onsite, offsite,
        on site, off site, distributed, virtual, time zones, commute""",
    # -- you as a worker ------------------------------------------------------
    "self": """about yourself, introduce yourself, introduce, introduction,
        background, your story, quick version, who are you, in a nutshell,
        how you ended up, ended up, how you got here, get to where you are,
        got to where you are, start at the beginning, journey, career so far,
        overview, rundown, little about you, bit about you, elevator pitch,
        quick rundown, quick summary, quick intro, quick overview, quick introduction,
        brief introduction, brief intro, brief overview, how did you get into,
        what got you into, how you got into, minute version, short version,
        potted history, potted version, cliff notes, feel for person,
        sense of who you are, who you are, get to know you, know you better,
        know a bit about you, whistle stop tour, walk me through resume,
        take me through resume, talk me through resume, run me through,
        in your own words, tell us about you, tell me about you""",
    "strength": """strength, strong, strongest, superpower, excel, talent, forte,
        best at, good at, great at, better than, do well, shine, strong suit, asset,
        come to you for, known for, confident in, most confident""",
    "weakness": """weakness, weak, shortcoming, flaw, area for growth,
        room to improve, room for improvement, development area, area of development,
        not good at, not great at, not strong, struggle with, achilles heel,
        blind spot, improve, improvement, get better at, room to grow,
        still developing, something you work on, something they work on,
        need to work on, should work on, still work on, need to develop,
        need development, still growing, need most development, hold you back,
        area to develop, need to improve, actively work on, still learning,
        work in progress, area you work on, area to work on, area you are work on,
        work on right now, currently work on, trip you up, trips you up,
        not come naturally, come less naturally, less natural, gap in your skills,
        skill gap, skills gap, not your forte, not your strong suit, your kryptonite,
        kryptonite, soft spot, fall down on, falls down, sharpen, polish, develop
        further, could be better at, improve on""",
    "hire": """hire, pick you, choose you, select you, bring you on, right person,
        best candidate, best person, best fit, good hire, bring to the table,
        add value, make your case, sell me, convince me, pitch, bring to the team,
        go with you, should go with, you offer, good fit, right fit, great fit,
        strong fit, right candidate, ideal candidate, strongest candidate,
        value you add, value would you add, value you would add, value you bring,
        value to the team, sell yourself, sell you, sell me on you,
        sell me on yourself, pitch yourself, case for yourself, case for you,
        make the case, persuade me, persuade us, convince us, win me over,
        why should we, why would we, take a chance on you, bet on you,
        back you, give you the job, get the job, gets the job""",
    "unique": """unique, different, difference, apart, distinguish, stand out, edge,
        x factor, special, one of a kind, differentiator, differentiate, nobody else,
        no one else, unusual, rare, uncommon""",
    "perception": """describe you, say about you, would they say, they say,
        would they tell me, they tell me, think of you, you like as, working with you,
        describe your style, team say = team perception, like to work for you,
        like working for you, like to work with you, work style, three words,
        manager are you = manager perception, boss are you = manager perception,
        leader are you = lead perception, management style = manager perception,
        leadership style = perception, approach to managing = manager perception,
        approach to management = manager perception,
        way you manage = manager perception, way you lead = lead perception,
        how do you lead = lead perception, how would you lead = lead perception,
        how you lead = lead perception, how do you manage people = manager perception,
        how do you manage team = manager perception,
        style of managing = manager perception, kind of manager = manager perception,
        sort of manager = manager perception, type of manager = manager perception,
        references say, reference say, referee say, perceive you,
        come across, first impression, reputation, how others see, others see you""",
    "lead": """lead, leader, leadership, led, take the lead, took the lead,
        take charge, took charge, in charge, step up, initiative, rally,
        take ownership, took ownership, taken ownership, taken lead, taken charge,
        taken initiative, motivate others, motivate other people, motivate people,
        inspire others, inspire people, follow you, follow plan, manage people,
        manage team, guide, steer, spearhead, head up, at the helm, charge nurse,
        team lead, shift lead, run team, ran team, run a team, ran a team,
        in command, captain, mentor, galvanise, galvanize, direct team,
        lead from the front""",
    "learn": """learn, pick up, teach yourself, taught yourself, teach you, new skill,
        unfamiliar, figure out, learning curve, get to grips, new to you,
        up to speed = learn quick, ramp up = learn quick,
        quick study = learn quick, upskill, self taught, train yourself,
        trained yourself, learn on the job, absorb, new tool,
        new system, new software, new technology, new language, new process,
        new tech, new method, new area, deep end, out of depth,
        from zero, grasp, get your head around,
        fast learner = learn quick, quick learner = learn quick,
        hit the ground running = learn quick, adapt, adapted, adaptable""",
    "quick": """quick, fast, fastest, quickest, rapidly, hurry, in a hurry,
        short time, in no time, on the fly, crash course, against the clock,
        in days, short notice, at short notice, on short notice, little notice,
        no notice, no time, next to no time, few days, couple of days, few weeks,
        tight timeframe, time was short, speed, hurried, rush,
        rushed, pronto, in a pinch""",
    "accomplish": """accomplish, accomplishment, achieve, achievement, biggest win,
        proudest achievement, reached, hit target, contribution, contribute,
        contributed, legacy, made a difference, make a difference, difference you made,
        biggest impact, greatest impact, most impact, most significant,
        remember you for, want us to remember, remembered for, career highlight,
        high point, crowning, milestone, feat, track record of""",
    "proud": """proud, proudest, pride, pleased, show off, brag, boast,
        feel good about, feel great about, feel really good about, chuffed,
        happy with, stand behind, pleased with, bragging rights, thrilled with,
        satisfied with, still think about""",
    "project": """project, portfolio, piece of work, build, built, ship, launch,
        feature, product, app, deliverable, rollout, release, campaign,
        something you made""",
    # -- hard moments ---------------------------------------------------------
    "challenge": """challenge, obstacle, hurdle, roadblock, difficult, difficulty,
        hard, hardest, tough, toughest, uphill, overcome, overcame, get past,
        odds against, odds were against""",
    "pressure": """pressure, stress, stressful, tight deadline, short deadline,
        crunch, intense, high stakes, high pressure, on fire, heat is on,
        under the gun, stakes high, stakes were high, stakes are high, stay calm, keep calm,
        keep your head, keep your cool, hectic, chaos, chaotic, overwhelm, panic,
        lot riding, strain, under strain, stretched thin, spread thin, under the pump,
        pressure cooker, crunch time, frazzled, stressed out, under fire,
        feel the heat, feeling the heat, firefight, firefighting,
        all hands on deck, burnout, burn out, burned out, snowed under, swamped,
        overload, overloaded, nerve wracking, nerves, nail biting,
        head above water, composure, composed, keep it together,
        tense moment, breaking point, under the cosh, under the hammer, on edge,
        rough day, rough week, busiest, rush hour, heavy load, anxiety, anxious""",
    "late": """late, overdue, slip, miss a deadline, blow deadline, blown deadline,
        behind schedule, run over, ran over, ran late, on time, due date, past due,
        you miss deadline, not meet deadline, deadline not met,
        deadline you not meet""",
    "priority": """prioritise, prioritize, prioritization, prioritisation, priority,
        juggle, multitask, workload, urgent, competing deadlines, competing demands,
        competing priorities, too much on your plate, at once, same time,
        several directions, work on first, what can wait, triage, organised,
        organized, keep track, matters most, come first, do first, tackle first,
        handle first, manage time, time management, lot on""",
    "conflict": """conflict, clash, argument, argue, tension, tense, dispute,
        friction, heated, fight, feud, butt heads, butted heads, bump heads,
        lock horns, not get along, not get on, not see eye to eye, see eye to eye,
        get along, run in, run ins, fall out, fell out, rub the wrong way,
        rub you wrong way, interpersonal, rough start,
        disagreement = conflict disagree, at odds, cross words, words with,
        bad blood, personality clash, sparks fly, fell foul, got heated,
        did not gel, not gel, struggle to get along, rub up wrong way, falling out,
        someone you struggle with = coworker conflict,
        person you struggle with = coworker conflict,
        people you struggle with = coworker conflict,
        colleague you struggle with = coworker conflict,
        manager you struggle with = manager dislike,
        boss you struggle with = manager dislike,
        supervisor you struggle with = manager dislike,
        manager you clash with = manager conflict,
        did not get on with = conflict, tricky relationship, difficult relationship,
        strained relationship""",
    "disagree": """disagree, not agree, push back, pushback, object, objection,
        speak up, spoke up, wrong call, bad call, wrong decision, bad decision,
        go along with, went along with, challenge the way, status quo,
        overrule, overruled, overrode, overridden, veto, vetoed, not convinced,
        had doubts, reservations, misgivings, think they are wrong,
        think it is wrong, thought it was wrong, think is wrong, got something wrong,
        made the wrong call, wrong direction, mistake by leadership,
        different view, different opinion, differ, stand your ground,
        stood your ground, voice concern, voiced concern, raise concern,
        raised concern, call out, called out, question the decision, against it,
        not on board, commit anyway, disagree and commit""",
    "fail": """fail, failure, mistake, error, blunder, misstep, setback, screw up,
        mess up, slip up, drop the ball, not go to plan, not go as planned,
        not go according to plan, not work out, not go well, went wrong, go wrong,
        gone wrong, got it wrong, get it wrong, went badly, fallen short,
        short of expectations, did not work, not work as planned,
        turned out to be wrong, turned out wrong, you were wrong, you got wrong,
        fell short, fall short, backfire, flop, regret, blew up, blow up, went south,
        go south, went sideways, fell apart, fall apart, fell through, bombed,
        let down, let someone down, let team down, messed up, mess, botch, botched,
        bungle, bungled, fumble, fumbled, goof, goofed, screwed up, misjudge,
        misjudged, misread, miscalculate, miscalculated, miss the mark,
        missed the mark, fell flat, fall flat, not land, not pan out, pear shaped,
        finest hour, not your finest, low point, lowest point, do differently,
        done differently, do over, redo, hindsight, learn the hard way,
        learned the hard way, hard lesson, lesson learned, lessons learned,
        your fault, at fault, own up, owned up, take the blame, took the blame,
        you got something wrong, you get something wrong,
        get something wrong, got something badly wrong, got badly wrong,
        get badly wrong, went badly wrong, come unstuck, came unstuck, not go right,
        not go your way, things went wrong, oops, slipped up, misfire,
        own goal, wrong turn, fiasco, disaster, debacle, not succeed,
        not turn out, turned out badly""",
    "feedback": """feedback, criticism, critique, criticize, criticise, critical,
        constructive, performance review, up to scratch, up to par, up to standard,
        not good enough, told you, point out""",
    "upset": """upset, angry, irate, rude, yelling, shouting, unhappy, dissatisfied,
        complaint, complain, demanding, abusive, hostile, not satisfied, furious""",
    "handle": """handle, deal, dealt, cope, react, respond, sort out, sort it out,
        work through, get through, got through""",
    "question": """question, ask me, ask us, to ask, you ask, anything for me,
        like to know, want to know, curious about, floor is yours, wrap up,
        anything else, anything on your end, anything from your end,
        anything from your side, questions on your end, what else, can i tell you,
        not covered, answer for you, can i answer, questions for us, questions for me,
        over to you, your turn, turn the tables, clear up for you, anything from you,
        burning questions, quick questions""",
}


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Concepts that a negation just before them turns into their opposite.
_NEGATED = {"enjoy": "dislike", "strength": "weakness", "success": "fail"}

# Function and filler words, dropped once idioms are found. "why" is kept: it
# tells "why do you want this job" from "what do you want in a job".
_STOPWORDS = _wordset(
    """a an the and or but nor of to in on at for with about from by as into
    onto over out up down off than then so too very really just also even still
    is are was were be been being am do does did doing done have has had having
    i me my mine myself we our ours you your yours yourself yourselves he him
    his she her it its they them their theirs this that these those there
    what which who whom whose how when where would could should can will
    shall may might must not no yes if because while any some all each every
    both either neither other another such own same more most much many few
    little bit lot one thing things something anything everything nothing
    someone anyone everyone get got gets getting go goes going gone went come
    came coming make made makes making take took let lets say said tell told
    give gave put keep keeps decide like kind sort way sure okay ok alright
    right well great cool yeah um uh hmm thanks thank actually basically
    honestly anyway again ever ahead talk walk through share describe explain
    example time times situation happen happened happens please wanna gonna
    gotta lovely building s t"""
)

# Numbers read as "num", so that "five years" and "10 years" agree.
_NUMBERS = _wordset(
    """two three four five six seven eight nine ten eleven twelve fifteen
    eighteen twenty thirty forty fifty"""
)

_CONTRACTIONS = (
    (re.compile(r"\bd'you\b"), "do you"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'(?:s|re|ve|ll|d|m)\b"), ""),
)
_TOKEN = re.compile(r"[a-z0-9]+")
# Chat shorthand and apostrophe-less contractions, spelled out before matching.
_SHORTHAND = {
    "u": "you",
    "ur": "your",
    "urself": "yourself",
    "abt": "about",
    "ppl": "people",
    "b4": "before",
    "tho": "though",
    "r": "are",
    "ya": "you",
    "yr": "year",
    "yrs": "years",
    "mo": "month",
    "mos": "months",
    "eg": "",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "whats": "what",
    "wats": "what",
    "hows": "how",
    "wheres": "where",
    "wanna": "want to",
    "gotta": "have to",
    "im": "i",
    "ive": "i have",
    "youre": "you",
    "youve": "you have",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "wont": "will not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
}
# Interview questions ask something or address the candidate; remarks that do
# neither ("The salary survey came out today.") are rarely questions.
_ASKS = re.compile(
    r"\?|\b(?:describe|explain|share|name|what|whats|why|how|which|where|who"
    r"|(?:tell|give|walk|talk|take|show|convince|persuade|sell|remind|fill)"
    r" (?:me|us)|(?:hear|know|understand|learn) (?:about|more|how|what|why)"
    r"|curious|wondering)\b"
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur)\b")
# Asides that say "you" without asking the candidate anything.
_ASIDES = re.compile(
    r"\b(?:(?:just )?so you know|as you (?:know|can see|may know|might know)"
    r"|thank you|if you(?:'re| are)? (?:ready|like|need|want)|let me know"
    r"|when you(?:'re| are) ready|see you|nice to meet you"
    r"|(?:that|which|this)(?:'s| is) (?:why|how|what|where))\b"
)
# Openings of statements about the speaker, the company or the setting.
_REMARK = re.compile(
    r"^\W*(?:i|i've|i'm|i'll|we|we're|we've|we'll|our|the|this|it|it's|there"
    r"|there's|that|that's|thanks|sorry)\b"
)


def _addressed(text: str) -> bool:
    """
    Tell whether *text* asks something or speaks to the candidate.

    A statement that opens on the speaker or the setting ("The team is mostly
    remote, just so you know.") is a remark even when it says "you"; a short
    fragment that does not ("Salary expectations.") is asked in passing.
    """
    text = text.lower().replace("\u2019", "'")
    short = len(_TOKEN.findall(text)) <= _FRAGMENT
    text = _ASIDES.sub(" ", text)
    if _ASKS.search(text):
        return True
    if _REMARK.search(text):
        return False
    return short or bool(_YOU.search(text))


# Words dropped before anything else, so that idioms match across them.
_TRANSPARENT = _wordset(
    """a an the your my our his her their its really actually particular
    particularly specific specifically quite exactly just truly honestly bit"""
)
_VOWEL = re.compile(r"[aeiouy]")
# A capitalised word inside a sentence names a company, place or person
# ("leaving Acme"); unless the lexicon knows it, it says nothing about intent.
_NAME = re.compile(r"(?<=[a-z0-9,;&)] )[A-Z][a-z]+")


def _cvc(stem: str) -> bool:
    """
    Tell whether *stem* ends consonant-vowel-consonant, as in "hop" or "mak".
    """
    return (
        len(stem) >= 3
        and stem[-1] not in "aeiouwxy"
        and stem[-2] in "aeiou"
        and stem[-3] not in "aeiou"
    )


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """
    Strip regular inflections so that "leaving", "leaves" and "leave" agree.

    A cut-down Porter stemmer: plurals, -ing, -ed and -ly go, a doubled final
    consonant is undone ("hopping" -> "hop") and a final silent e is dropped
    except after a short syllable ("hoping" -> "hope", "leaving" -> "leav").
    """
    if len(word) <= 3:
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("eed") and len(word) > 5:
        return word[:-1]
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and _VOWEL.search(stem):
            if stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
                return stem[:-1]
            word = stem + "e" if _cvc(stem) and len(stem) <= 4 else stem
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    short = _cvc(word[:-1]) and len(word) <= 5
    if word.endswith("e") and not word.endswith("ee") and len(word) > 3 and not short:
        word = word[:-1]
    return word


def _words(text: str) -> list[str]:
    """
    Lower-case *text*, expand contractions and split it into words.
    """
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    words = []
    for token in _TOKEN.findall(text):
        for word in _SHORTHAND.get(token, token).split():
            if word not in _TRANSPARENT:
                words.append("num" if word.isdigit() or word in _NUMBERS else word)
    return words


def _build_lexicon() -> tuple[
    dict[str, tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]
]:
    """
    Return the single-word and the phrase tables of `_LEXICON`, keyed by stems.
    """
    single: dict[str, tuple[str, ...]] = {}
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for concept, entries in _LEXICON.items():
        for entry in entries.split(","):
            words, _, override = entry.partition("=")
            emitted = tuple((override or concept).split())
            key = tuple(_stem(w) for w in _words(words))
            if len(key) == 1:
                single.setdefault(key[0], emitted)
            elif key:
                phrases.setdefault(key, emitted)
    return single, phrases


_SINGLE, _PHRASES = _build_lexicon()
_CONCEPTS = frozenset(c for cs in (*_SINGLE.values(), *_PHRASES.values()) for c in cs)
# First stem of a phrase -> the lengths of the phrases it starts, longest first.
_PHRASE_SIZES: dict[str, list[int]] = {}
for _key in _PHRASES:
    _PHRASE_SIZES.setdefault(_key[0], []).append(len(_key))
for _sizes in _PHRASE_SIZES.values():
    _sizes.sort(reverse=True)


def _find_phrases(stems: Sequence[str]) -> dict[int, int]:
    """
    Return ``{start: length}`` of the idioms in *stems*, longest ones first.

    Longer idioms win over shorter ones they overlap, wherever they start, so
    "you look for something new" is one idiom rather than "you look" + "new".
    """
    found = [
        (size, start)
        for start, stem in enumerate(stems)
        for size in _PHRASE_SIZES.get(stem, ())
        if tuple(stems[start : start + size]) in _PHRASES
    ]
    taken = [False] * len(stems)
    chosen = {}
    for size, start in sorted(found, key=lambda m: (-m[0], m[1])):
        if not any(taken[start : start + size]):
            taken[start : start + size] = [True] * size
            chosen[start] = size
    return chosen


def concepts(text: str) -> list[str]:
    """
    Return the concept tokens of *text*, in order.

    Names inside a sentence that the lexicon does not know are left out.

    >>> concepts("Why are you leaving your current position?")
    ['why', 'leave', 'current', 'job']
    >>> concepts("Have you ever butted heads with your boss?")
    ['conflict', 'manager']
    """
    words = _words(text)
    stems = [_stem(w) for w in words]
    phrase_at = _find_phrases(stems)
    names = {name.lower() for name in _NAME.findall(text)}
    out: list[str] = []
    negated_until = i = 0
    while i < len(stems):
        size, word, stem = phrase_at.get(i, 1), words[i], stems[i]
        emitted: tuple[str, ...] = ()
        if size > 1:
            emitted = _PHRASES[tuple(stems[i : i + size])]
        elif word == "not":
            negated_until = i + 4
        elif word in _STOPWORDS or len(word) < 2:
            pass
        elif stem in _SINGLE:
            emitted = _SINGLE[stem]
        elif stem not in _STOPWORDS and word not in names:
            emitted = (stem,)
        if i < negated_until and any(c in _NEGATED for c in emitted):
            emitted = tuple(_NEGATED.get(c, c) for c in emitted)
            negated_until = 0
        out.extend(emitted)
        i += size
    return out


def _features(tokens: Sequence[str]) -> set[str]:
    """
    Return the concepts of *tokens* and the unordered pairs of neighbours.
    """
    feats = set(tokens)
    feats.update(" ".join(sorted((a, b))) for a, b in pairwise(tokens) if a != b)
    return feats


# Scoring constants, see `QuestionIndex.rank`.
_PAIR_WEIGHT = 0.45
_RAW_WEIGHT = 0.5
_UNKNOWN_DF = 2.0
_BEST_SHARE = 0.8
_EVIDENCE = 2.5
_UNADDRESSED = 0.4
_FRAGMENT = 5


def _kind_weight(feature: str) -> float:
    """
    Scale a feature's IDF: pairs and words outside the lexicon count for less.
    """
    if " " in feature:
        return _PAIR_WEIGHT
    return 1.0 if feature in _CONCEPTS else _RAW_WEIGHT


class QuestionIndex:
    """
    Ranks questions for free text; built once per catalog.

    Every phrasing of a question (its text, each alias, and its keywords taken
    together) is a set of features. Postings map a feature to the phrasings and
    to the questions that contain it, so a query only touches what it shares.
    """

    def __init__(self, questions: Iterable[Question]) -> None:
        self._ids: list[str] = []
        phrasings: list[tuple[int, set[str]]] = []
        for number, q in enumerate(questions):
            self._ids.append(q.id)
            phrasings.extend(
                (number, _features(concepts(t))) for t in (q.text, *q.aliases)
            )
            keywords = (_features(concepts(k)) for k in q.keywords)
            phrasings.append((number, set().union(*keywords)))
        vocab: dict[str, set[int]] = {}
        for number, feats in phrasings:
            for f in feats:
                vocab.setdefault(f, set()).add(number)
        n = max(len(self._ids), 1)
        self._weights = {
            f: math.log(1 + n / len(numbers)) * _kind_weight(f)
            for f, numbers in vocab.items()
        }
        self._unknown = math.log(1 + n / _UNKNOWN_DF)
        self._questions_with = {f: tuple(sorted(ns)) for f, ns in vocab.items()}
        self._phrasing_question: list[int] = []
        self._phrasing_norm: list[float] = []
        postings: dict[str, list[int]] = {}
        for number, feats in phrasings:
            if feats:
                for f in feats:
                    postings.setdefault(f, []).append(len(self._phrasing_norm))
                self._phrasing_question.append(number)
                norm = math.sqrt(sum(self._weights[f] ** 2 for f in sorted(feats)))
                self._phrasing_norm.append(norm)
        self._phrasings_with = {f: tuple(ps) for f, ps in postings.items()}

    def _weight(self, feature: str) -> float:
        if feature in self._weights:
            return self._weights[feature]
        return self._unknown * _kind_weight(feature)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """
        Return ``(question id, score)`` pairs with a score above zero, best first.

        A question's score multiplies how well it fits the query by how much
        evidence there is. The fit mixes the cosine of the best phrasing with
        the share of the query's weight that the question's vocabulary covers;
        the evidence grows with the covered weight, so a lone common concept
        scores low however well it fits. Remarks that neither ask a question
        nor address the candidate are damped.

        Args:
            text: What the interviewer said.

        Returns:
            Pairs sorted by falling score, then id; scores are in [0, 1].
        """
        query = _features(concepts(text))
        if not query:
            return []
        weights = {f: self._weight(f) for f in sorted(query)}
        total = sum(weights.values())
        q_norm = math.sqrt(sum(w * w for w in weights.values()))
        overlap: defaultdict[int, float] = defaultdict(float)
        found: defaultdict[int, float] = defaultdict(float)
        for f, w in weights.items():
            for p in self._phrasings_with.get(f, ()):
                overlap[p] += w * w
            for number in self._questions_with.get(f, ()):
                found[number] += w
        best: dict[int, float] = {}
        for p, shared in overlap.items():
            number = self._phrasing_question[p]
            cosine = shared / (q_norm * self._phrasing_norm[p])
            best[number] = max(best.get(number, 0.0), cosine)
        damping = 1.0 if _addressed(text) else _UNADDRESSED
        ranked = []
        for number, cosine in best.items():
            fit = _BEST_SHARE * cosine + (1 - _BEST_SHARE) * found[number] / total
            evidence = 1 - math.exp(-found[number] / _EVIDENCE)
            score = min(fit * evidence * damping, 1.0)
            ranked.append((self._ids[number], round(score, 4)))
        ranked.sort(key=lambda pair: (-pair[1], pair[0]))
        return [(qid, score) for qid, score in ranked if score > 0]
