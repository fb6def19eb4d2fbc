"""Second held-out test set for the call-speech analyzer (English part here, French
part in holdout2_set_fr.py). Writes tests/data/analyzer_callspeech_holdout2.jsonl.

How it was written: every line was written from scratch by a helper who never saw
the classifier's cue lists, its code, its model, its training or validation data,
nor the earlier held-out sets. The only repository file consulted was
scripts/data_notation.py (the notation and its checker). The aim is to sound like
real sales calls (the seller sells call-center software: recording, transcription,
call scoring, agent coaching): idioms, understatement, indirect objections, ASR-style
lower-case transcripts with fillers and repeated words, franglais, typos, sarcasm and
negations, across many different businesses.

Labelling conventions:
- Agent turns (the seller speaking) are always 0.
- P price_objection: this offer's price is too high, or the client pushes for a
  better price; neutral questions about price/invoices/plans or an already offered
  discount are 0.
- B budget: the buyer's own money is short, frozen, spent or must be found/approved;
  money for something unrelated is 0. A line can be P and B.
- C competitor: incumbent, past provider for this job, rival quote/demo, in-house
  build, spreadsheet/notebook doing the job, free or bundled tool. Not the client's
  own business rivals, unrelated suppliers, tools for other jobs, or "does it
  integrate with X". A current contract ending is C and U.
- U urgency: time pressure on the client's side; "no rush" is 0.
- D decision_maker: someone else decides/approves/signs/vetoes or must be
  asked/shown/convinced/waited for; a boss merely mentioned or "I sign" is 0.
- X confusion: the client is lost / asks for clarification in a confused way.
- I strong_interest: clear enthusiasm, incl. understated; sarcasm and mere politeness
  are not I.
- H hesitation: holding back on this offer (unsure, think it over, not convinced);
  "it's not the price, it's the value" is H, not P.
- F frustration: with the call, the product, the seller, or the client's own current
  problem the product addresses; calm small talk complaints are 0.
- R closing_readiness: ready to move forward / buy / sign / start.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data_notation  # noqa: E402
from holdout2_set_fr import FR_BLOCKS  # noqa: E402

EN_CLIENT = """
P - annoyed | honestly that's way out of our league for a twelve seat call centre
P - concerned | we were kind of hoping for something closer to half that number
P - skeptical | um so like four grand a month just for the the scoring bit thats uh thats steep
P 0 neutral | is there any wiggle room on the per seat price, because as it stands it's a hard sell for a hotel front desk
P - annoyed | hang on you charge per minute of transcription on top of the licence? come on
P 0 hesitant | if you could sharpen the pencil a bit on the onboarding fee we'd be in a much better place
P - skeptical | for a charity helpline that figure is frankly a bit rich
P - frustrated | ninety nine quid per agent per month is daylight robbery for what's basically a tape recorder
P 0 neutral | can you do better than fifteen off if we sign for three years
P - skeptical | thats definately a lot of money for a pharmacy call line that takes maybe forty calls a day
PC - skeptical | the crowd we're with now charge us about a third of that for recording
PB - concerned | we're a local council, we're never finding that kind of money, you'd need to come down a long way
PH - hesitant | i mean it looks good but at that price i'd really need to sleep on it
PF - annoyed | your sales guy told us two hundred a month and now the quote says three fifty, what's going on
B - concerned | the money's just not there this quarter, we blew it all on the new handsets
B 0 neutral | all our tooling spend got frozen in march until the merger closes
B - concerned | uh so we're a small debt advice service and like every penny we have is grant funded you know
B 0 hesitant | i'd have to find the funds from somewhere, probably rob peter to pay paul
B - concerned | we're running on fumes budget wise after the summer season
B 0 neutral | whatever we do would have to come out of next years pot, this years is gone
B - concerned | our capex is maxed out after we refitted three of the gyms
BD 0 neutral | any spend over five k has to go through the finance committee and they only meet in june
BH 0 hesitant | i'd love to but honestly i dont know where the money would come from, so lets park it for now
BU - concerned | the grant money has to be committed by the end of september or we lose it, and even then its tight
C 0 neutral | we already get call recording thrown in for free with our phone system
C 0 neutral | right now the team leads just listen to five calls a week and jot the scores in a spreadsheet
C 0 neutral | we had a demo with another vendor on tuesday and they showed pretty much the same dashboard
C - skeptical | our it guy reckons he could knock something together with whisper and a bit of python over a weekend
C 0 neutral | we used gong for a while on the sales floor, years ago
C 0 neutral | honestly our qa manager still does it all with a printed checklist and a highlighter
CU - concerned | our contract with the current recording provider runs out end of next month
CF - frustrated | the outfit we use now loses like one in ten recordings and nobody there ever picks up the phone
CD 0 neutral | the regional director signed the deal with our current provider and she'd have to agree to switching
CI + excited | that's miles ahead of what our current supplier gives us, seriously
CH 0 hesitant | um i i'm not sure, we tried something a lot like this before and it kind of fizzled out
CP 0 neutral | we've got a quote from talkdesk thats quite a bit lower so you'd have to match it
U - concerned | we've got a regulator audit in six weeks and right now we cant pull up a single recording
U 0 neutral | peak season for us starts mid november so whatever we pick has to be live before then
U - stressed | to be honest we kinda needed this yesterday
U 0 neutral | the new consumer duty rules bite in april and we have to evidence every advice call by then
U - concerned | clearing opens on the fifteenth and the phones go absolutely mental, we cant wait till spring
U - concerned | the ferry timetable changes on the first and we'll have double the rebooking calls, need something in place before that
UF - frustrated | we've had three complaints go to the ombudsman this month, i need something in place before the next review
RU + happy | lets get it signed today so your team can set us up before black friday
UR + happy | if the paperwork's with me by thursday we could go live on the first
UD 0 concerned | the board meets on the third and if it isn't approved then it slips into next year
D 0 neutral | i'll have to run it past our ops director before anything happens
D 0 neutral | uh the the owner signs off on anything like this, not me
D 0 neutral | procurement have the final say, i just do the shortlist
D 0 neutral | can you put together something short i can show the trustees, they're the ones who decide
D 0 neutral | head office in dublin has a veto on any new software, full stop
D 0 neutral | legal have to go through the contract first, that usually takes them a couple of weeks
D 0 neutral | i need to get our cfo on a call with you before we go any further
D 0 neutral | the franchise owners vote on stuff like this at the quarterly meeting
X 0 confused | wait so is the scoring done by a person or by the software? im lost
X 0 confused | sorry you lost me at the bit about concurrent seats versus named seats
X 0 confused | hang on, does the transcription happen on our servers or yours? i'm not following
X - confused | um so like if a call gets transferred does that count as two calls or one? i dont get it
X 0 confused | what do you mean by coaching playlists? no idea what that is, is it something the agents see or just the managers
X 0 confused | i'm a bit muddled, earlier you said unlimited storage and now there's a retention limit?
X 0 confused | sorry, which bit is the add-on and which bit is in the base plan, i've got it all mixed up
XF - annoyed | that's the third time you've said ai-driven insights and i still have no idea what it actually does
XP - confused | wait is that per month? because if that's per month that's nuts
XH 0 confused | i dont really get how the coaching part works yet so i wouldnt want to commit to anything
XB - confused | wait, so we pay the whole year upfront? i don't get how that works, we don't have that kind of cash sitting around
X 0 confused | sorry the the what dashboard? the supervisor one or the agent one? you've lost me
I + excited | oh nice, ok, that's actually really slick
I + excited | honestly the auto scoring alone would save my team leads hours every single week
I + excited | yes yes that's exactly the thing we've been missing
I + happy | not gonna lie that search across every call is kind of a game changer for us
I + interested | ooh can it flag when someone says refund? because that would be huge for our lost luggage desk
I + interested | i can totally see our whole claims team living in this from day one
I + happy | wow ok, the sentiment timeline thing, i want that
IR + excited | love it, lets do it
ID + excited | my manager is going to love this, i need to show her asap
IU + excited | this is exactly what we need before the christmas rush hits
IR + happy | that's brilliant, how soon can we get it switched on
H 0 hesitant | i dunno, let me have a think and get back to you next week
H 0 hesitant | price isn't really the problem, i'm just not convinced our agents would actually use it
H 0 hesitant | we're not ready to sign anything right now, maybe later in the year
H - skeptical | yeah sure, another shiny platform we'll pay for and stop logging into after a month
H 0 hesitant | sounds fine in theory, i just need to see it cope with our accents before i commit
H 0 hesitant | maybe, maybe, i'd want to talk to a couple of your customers first
H 0 hesitant | we might circle back to this once the restructure settles down
H 0 skeptical | hmm not sure the agents union would be too keen on being scored, we'll see
HD 0 hesitant | i'm on the fence tbh and so is my boss, and she's the one who'll make the call
F - frustrated | we're drowning in complaints and i can't even find the bloody call they're complaining about
F - annoyed | look, i've told you twice already we don't have a sales team
F - annoyed | this is the fourth time someone from your company has rung me this week
F - frustrated | ugh the demo link you sent doesnt work, again
F - angry | your support took nine days to answer a ticket durring the trial, not impressed
F - frustrated | it drives me up the wall that we only find out an agent was rude when the customer posts it on google
F - annoyed | can we skip the slides please, i've got ten minutes and you've spent eight of them on your company history
FH - frustrated | honestly after the mess with the trial i'm not sure i want to go any further
R + happy | right, fire over the paperwork and i'll sign it this afternoon
R + happy | let's go with the forty seat plan
R 0 neutral | ok so what do you need from our end to get the ball rolling
R 0 neutral | ok put us down for the pilot at the two depots
R + happy | yeah we're good to go, who do i send the purchase order to
R + happy | sounds good, book in the onboarding call for next tuesday
R 0 neutral | ok we'll take the annual plan with the coaching add on
RD + happy | my director's approved it so we can crack on
R + happy | alright you've convinced me, where do i sign
0 0 neutral | the weather's been awful up here, it's rained all week
0 0 neutral | sorry i'm a bit late, traffic on the ring road was a nightmare
0 0 neutral | how much is it per user per month
0 0 neutral | does it plug into zendesk at all
0 0 neutral | we use deputy for rotas and sage for payroll
0 0 neutral | our biggest competitor in town just got bought by one of the national dealer groups
0 0 neutral | my boss asked me to sit in on this one and take notes
0 0 neutral | i'm the one who signs off on software here, so you can talk straight to me
0 0 neutral | no rush on our side, we're just looking at whats out there for next year
0 0 neutral | the price isn't the issue, i just want to know how the setup works
0 0 neutral | ok thanks, interesting stuff
0 0 neutral | let me think, uh, we have about sixty agents across two sites
0 0 neutral | can you send the invoice to the accounts address rather than mine
0 0 neutral | you mentioned a ten percent discount for charities, does that apply to us
0 0 neutral | we handle about four thousand calls a day in peak
0 0 neutral | most of our calls are about late deliveries and damaged parcels
0 0 neutral | um so we're a a property management firm with like three hundred units
0 0 neutral | how long do you keep the recordings for
0 0 neutral | what languages does the transcription support
0 0 neutral | sure go ahead and share your screen
0 0 neutral | we spent a fortune on the new booking system last year but thats a totally seperate thing
0 0 neutral | budget's fine, thats not really the question
0 0 neutral | haha sorry thats my dog barking in the background
0 0 neutral | were a telecom reseller so most of the calls are people asking about their bills
"""

EN_AGENT = """
0 0 neutral | so for your forty agents that would come to about two thousand a month on the standard plan
0 0 neutral | can i ask who else would be involved in the decision on your side
0 0 neutral | what are you using today to review calls
0 + happy | i can set up a two week trial starting monday if that works for you
0 + happy | great, i'll send over the proposal and a short summary for your finance director
0 0 neutral | the scoring model flags calls where the customer sounds upset and your team leads get a daily digest
0 0 neutral | is there a particular date you need this up and running by
0 0 neutral | we could do fifteen percent off if you commit to two years
0 0 neutral | totally understand, do you want me to walk through it again a bit more slowly
0 0 neutral | what sort of budget did you have in mind for this
0 0 neutral | um so basically uh the transcripts land in your inbox like within a couple of minutes
0 0 neutral | would it help if i spoke directly with your operations manager
0 0 neutral | i hear you, a lot of our logistics customers said the same thing before they tried it
0 0 neutral | let me just share my screen so you can see the coaching view
0 0 neutral | per seat it's forty nine a month and transcription is included up to five thousand minutes
0 + happy | no problem at all, shall we pencil something in for next thursday
0 0 neutral | how many calls does your desk take on a typical monday morning
0 0 neutral | sorry about that link, here's a fresh one, it should work now
"""

EN_BLOCKS = [(EN_CLIENT, "en", "client"), (EN_AGENT, "en", "agent")]

if __name__ == "__main__":
    data = data_notation.DATA
    name = "analyzer_callspeech_holdout2.jsonl"
    refs = sorted(f for f in os.listdir(data) if f.endswith(".jsonl") and f != name)
    rows = data_notation.rows_of(EN_BLOCKS + FR_BLOCKS)
    data_notation.write_and_check({name: rows}, refs)
