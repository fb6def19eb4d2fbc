"""Writes more of the analyzer's call-speech training and validation data:
tests/data/analyzer_callspeech_train2.jsonl (batch 4) and
tests/data/analyzer_callspeech_valid2.jsonl (batch 5, new situations and phrasings
written after batch 4, not paraphrases of it). Same notation and checks as
scripts/train_set.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. Each block has a
language and a speaker. The batches lean on the signals the detector finds hardest
(competitor, frustration, decision_maker, budget vs price_objection) and carry many
hard negatives (lines that mention price, money, bosses or other tools without the
signal). Labelling conventions, as in the earlier sets:
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; "we use nothing else" is 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto
    (boss, board, CFO, procurement, partner, spouse, committee); "I decide" /
    "no one else needs to approve" is 0, as in the dev and labelled sets.
  - B: the buyer's own money (budget size, allocation, funds, fiscal timing, cash);
    P: this offer's price is too high / asking for a discount. "too expensive for
    what we have" is both.
  - Agent turns are 0 unless the agent is themselves confused or frustrated.
  - Logistics, small talk, neutral questions about price, plans or other tools: 0.
Running it also checks the files (keys, values, duplicates within and across the two
new files and against the train, valid, dev and labelled sets) and prints counts."""
from data_notation import rows_of, write_and_check

# Batch 4 (train2)
B4_EN = """
C 0 neutral | yeah so the people we're with now they do most of this already
C 0 neutral | um our current guys handle the recording side of things
C - unimpressed | we already pay for something that does pretty much exactly this
C 0 neutral | another company quoted us for the same setup last month
C 0 neutral | we're on hubspot for the crm and their calling bit for the phones
C 0 neutral | so we've been with salesforce forever and the reps live in it
C 0 neutral | we had genesys at my last job and honestly it was fine
C 0 curious | how's this different from what five9 showed us
C 0 neutral | uh we're halfway through a contract with talkdesk
C 0 neutral | pipedrive has a calling add on now so we're kinda using that
C 0 neutral | the team's on ringover at the moment
C 0 neutral | we were with diabolocom until last year
C 0 neutral | our outsourcer has their own platform and we just get reports from them
C 0 neutral | i've got a meeting with the aircall rep on thursday
C 0 neutral | we looked at a couple of others before you guys
C 0 neutral | yeah the it lads built a little in house tool for call notes
C 0 neutral | honestly our phone provider threw in something similar for free
C - unimpressed | the thing we have now isn't great but it's paid for
C 0 neutral | we're locked in with our current supplier till next autumn
C 0 neutral | i'd basically be replacing zendesk talk with this right
C 0 curious | does your thing do the live coaching like balto does
C 0 neutral | we trialled gong for a month and then the budget got pulled
C 0 neutral | so the incumbent is a big telco package we signed years ago
C 0 neutral | uh there's another vendor in the running too i won't lie
C 0 neutral | we're sort of comparing you with two other shortlisted tools
C 0 neutral | we get transcripts out of teams already
C 0 curious | what would i get here that i don't get from our talkdesk setup
C 0 neutral | the old system we use is from a local company in manchester
C 0 neutral | we've been quoted by three firms so far you're the fourth
C 0 neutral | my ops manager is a big fan of the tool we've got
C 0 neutral | to be fair the folks we use now have been pretty responsive
CH - concerned | switching away from our current platform would be a massive job
C 0 neutral | our parent company uses five9 across all the other brands
C 0 neutral | um so currently it's a mix of aircall and a google sheet
C 0 neutral | i've seen the demo from the other crowd already
C 0 neutral | we tried one of these ai note takers last year and dropped it
C 0 neutral | we've got a renewal conversation coming up with our existing vendor
C 0 curious | is it true you're basically a cheaper version of gong
C 0 neutral | honestly if we move it'd be from salesforce service cloud
C 0 neutral | the rival offer includes hardware phones too
C 0 neutral | We currently use Zendesk for tickets and Aircall for voice.
C 0 neutral | We are in discussions with another provider as well.
C 0 neutral | Our existing solution covers recording and basic analytics.
C 0 curious | Could you explain how your offering compares with Genesys Cloud?
C 0 neutral | Another supplier has offered us a free pilot.
C 0 neutral | we're kinda married to hubspot at this point
C 0 neutral | the guys down the road use some other tool and rave about it
C 0 neutral | the agency that runs our night shift uses their own software
C 0 neutral | theres a tool baked into our dialer that does transcripts
C 0 neutral | we signed a three year deal with ringcentral in january
C 0 neutral | ok so how do you compare on accuracy with the big names
CH - skeptical | we got burned by the last vendor so forgive me if i'm careful
CF - annoyed | our current provider takes a week to answer a ticket
CF - frustrated | we're fed up with talkdesk going down every other monday
CF - angry | honestly the guys we're with now have been a nightmare
CP - unimpressed | the other quote came in way under yours
CP - concerned | hubspot charges us a fraction of that for the calling seats
CP 0 neutral | if you can get close to what aircall quoted we can talk
CP - concerned | pipedrive is like fifteen a seat so this is a big jump
CP - unimpressed | for that money we'd just stay with who we've got
CU 0 neutral | our genesys contract runs out end of next month so we need to decide quick
CU - stressed | ringover are cutting us off on the thirtieth so we're in a rush
CD 0 neutral | my boss signed the current contract so he'd have to agree to switch
CD 0 neutral | procurement wants us to benchmark you against the incumbent
CH 0 hesitant | i'm not sure it's worth ripping out what we have for this
CH - hesitant | we just migrated to five9 last year so the timing's not great
CI + excited | honestly this blows our current setup out of the water
CI + happy | wow that's miles ahead of what salesforce gives us
CX 0 confused | wait so would this replace aircall or sit on top of it
CR + happy | ok we're dropping the other guys let's get this set up
CB 0 neutral | the money we spend on our current tool would have to cover this
F - annoyed | look i've told three different people the same thing now
F - frustrated | you people keep promising callbacks that never happen
F - annoyed | um can we skip the script please i've heard it already
F - angry | this is the fourth time i'm calling about the same invoice
F - frustrated | i got transferred twice and cut off and now i'm back at the start
F - annoyed | every time i ring i get a different answer
F - frustrated | the export has been broken since the update and nobody cares
F - annoyed | honestly i'm sick and tired of chasing this
F - angry | do you guys even read the tickets we send
F - frustrated | we've lost a whole day of recordings and no one can tell me why
F - annoyed | not the hold music again please
F - annoyed | forty five minutes of hold music just to get through to you
F - frustrated | the the sync just fails silently and we only find out days later
F - annoyed | stop asking me to rate my experience it's been terrible
F - angry | i'm done being polite about this it's been two months
F - sarcastic | oh great so i just have to wait another week brilliant
F - sarcastic | fantastic another ticket number that's really helpful thanks
F - frustrated | my agents are literally refusing to use it because it keeps freezing
F - annoyed | why do i have to fill in a form to talk to a human
F - frustrated | we keep getting logged out in the middle of calls
F - annoyed | honestly the account manager vanished after we signed
F - angry | this is not what we were sold full stop
F - frustrated | i'm at the end of my rope with this integration
F - annoyed | could you please stop booking meetings in my calendar without asking
F - frustrated | it's been broken so long my team's stopped reporting it
F - annoyed | i spelled my email twice already its the same as before
F - frustrated | your chatbot sent me round in circles for half an hour
F - angry | we're paying premium prices for a service that's down half the time
F - annoyed | i asked for the invoice in march and i'm still asking
F - frustrated | nothing we've been promised has actually shipped
F - annoyed | yeah i know you're sorry everyone's sorry
F - frustrated | seriously how hard can it be to fix a login button
F - annoyed | honestly this call's dragging on i've got ten minutes
F - frustrated | we're going round and round here
F - annoyed | i've had it up to here with the outages
F - frustrated | every release breaks the reporting
F - sarcastic | oh wonderful the fix broke something else what a surprise
F - annoyed | I have now explained the issue on four separate occasions.
F - frustrated | This is becoming extremely frustrating for our team.
F - annoyed | I expected a reply within 24 hours, as your SLA states.
F - angry | Frankly, the level of service has been unacceptable.
F - frustrated | we've been bounced between billing and support all week
F - annoyed | ive sent the logs like three times already
F - frustrated | it keeps saying error 500 and your docs are no help
F - annoyed | you're the fifth person ive spoken to today
F - angry | i want to speak to someone who can actually fix things
F - frustrated | the agents have to restart the app like ten times a day
F - annoyed | just tell me yes or no i don't need the whole speech
F - frustrated | we're losing calls because of this and its driving me mad
F - annoyed | come on this was supposed to be done yesterday
F - frustrated | i cant keep doing workarounds forever
FU - stressed | our launch is friday and the dialer still isn't working
FU - angry | we need this fixed today not next sprint
FX - frustrated | nobody can explain why we were charged twice
FH - annoyed | after the mess with onboarding i'm not sure we renew
F - annoyed | my director is asking me why this still isn't fixed and i've got nothing to tell him
FP - angry | paying that much for something this buggy is a joke
"""

B4_EN_2 = """
D 0 neutral | i'll have to run it by my boss before anything happens
D 0 neutral | honestly it's not my call at the end of the day
D 0 neutral | um the cfo will want to see the numbers first
D 0 neutral | the board meets quarterly and this'd go on the agenda
D 0 neutral | my partner and i decide these things together
D 0 neutral | my wife does the books so she'll want a say
D 0 neutral | i just do the research my director picks
D 0 neutral | procurement runs the final negotiation not me
D 0 neutral | i'd need the vp of sales to sign off
D 0 neutral | it'd have to get past our security team
D 0 neutral | the owner's away till monday and he decides on this sort of stuff
D 0 neutral | uh my manager's the one you want to talk to really
D 0 neutral | honestly my head of department has the final word
D 0 neutral | the committee will look at it at the end of the month
D 0 neutral | my husband runs the business side so i'll need to check with him
D 0 neutral | we've got a purchasing panel that approves new suppliers
D 0 neutral | i'd be the one using it but the gm signs the cheques
D 0 neutral | let me take it to the leadership team
D 0 neutral | head office decides on software for all the branches
D 0 neutral | it needs a thumbs up from the franchise owner
D 0 neutral | Our COO will make the ultimate decision on this.
D 0 neutral | I will need to present this to the executive committee.
D 0 neutral | Any purchase of this type requires approval from group IT.
D 0 neutral | I'm not authorised to sign contracts myself.
D 0 neutral | yeah i'll have to talk to the big boss
D 0 neutral | gotta get the green light from upstairs
D 0 neutral | uh the partners vote on anything like this
D 0 neutral | i'm happy but i'm just one voice in this
D 0 neutral | we need two signatures on anything over a grand
D 0 neutral | can you put something together i can show my director
D 0 neutral | the regional lead has to approve and she's tough
D 0 neutral | my boss will ask about gdpr so have that ready
D 0 neutral | i'll have to convince my cofounder he hates new tools
D 0 neutral | it has to go through our vendor onboarding process
D 0 neutral | my line manager's off this week so nothing moves till she's back
D 0 neutral | legal and finance both need to sign off on this
D 0 neutral | i'm more of an influencer here the decision's above me
D 0 neutral | let me loop in tom he's the one with the authority
D 0 neutral | the team votes but the md has a veto
D 0 neutral | honestly you'd need to pitch this to my boss not me
D - concerned | my manager is pretty old school so it'll be a hard sell to him
D 0 neutral | i report to the ceo directly so i'd just need her ok
DU 0 neutral | if the board approves on tuesday we'd want it live by the first
DU - stressed | i have to get my boss's signature before the end of the week or we lose the slot
DH 0 hesitant | i like it but i'm not sure my director will go for it
DH 0 hesitant | let me see what my partner thinks before i commit to anything
DB 0 neutral | finance will decide if there's budget for it
DB 0 neutral | the budget holder is our head of ops so it's her decision
DP - concerned | my boss is gonna choke when he sees that number
DP - concerned | there's no way procurement signs off at that price
DX 0 confused | i need to explain this to my manager and honestly i don't get it myself yet
DI + excited | i love it i'm gonna push hard for it with my boss
DR + happy | my director just said yes so let's get going
B 0 neutral | we've got maybe five k left in the pot for this year
B - worried | money's really tight since the restructure
B 0 neutral | our budget for new tools resets in april
B 0 neutral | this would have to come out of the it budget not ours
B - worried | we're between funding rounds so we're watching every penny
B 0 neutral | we set aside about two hundred a month for software per team
B - concerned | there's a hiring freeze and a spending freeze so um yeah
B 0 neutral | we'd need to move money from the training line to cover it
B 0 neutral | our financial year closes in june so budgets are being set now
B - worried | honestly cash is tight till the big invoice gets paid
B 0 neutral | the grant only covers hardware not subscriptions
B 0 neutral | we haven't got a line item for this yet
B 0 neutral | we've been told to cut costs by ten percent this year
B - worried | after the last quarter we don't have much to play with
B 0 neutral | we could maybe find some money in q3
B 0 neutral | we budget per project and this project's already allocated
B 0 neutral | the whole tooling spend is around a thousand a month
B 0 neutral | we're bootstrapped so it all comes out of revenue
B - concerned | all the budget went on the new phone system this year
B 0 neutral | We operate on a fixed annual budget approved in January.
B 0 neutral | Our discretionary spend is very limited this quarter.
B 0 neutral | uh we'd have to wait for the next budget cycle
B 0 neutral | we've got money for it but it's earmarked till september
B - worried | we're a small charity so funds are always stretched
B 0 neutral | our ceiling for this kind of thing is about ten k a year
B 0 neutral | the marketing team has some spare budget we could borrow
B - worried | we just had to let two people go so money's a sore point
B 0 neutral | the client pays for tools on their account not us
BU 0 neutral | we have to spend this budget by march or we lose it
BU - stressed | if we don't commit the money this month it goes back to group
BH 0 hesitant | let's see how the budget looks next quarter before deciding
BR 0 neutral | the money's approved so we can go ahead
B 0 neutral | budgets are tight everywhere but we ring fenced money for this
P - concerned | um yeah that's well north of what i was hoping for
P - unimpressed | if it started with a two not a four we'd be talking
P - concerned | we pay less than that for our office rent honestly
P - surprised | sorry did you say per user because that's wild
P - concerned | that's quite the price tag for a startup
P 0 neutral | is there any flexibility on that number
P - concerned | it's hard to swallow at that price
P - unimpressed | for that money i could hire a junior to take notes
P - concerned | the setup fee feels like a lot on top of everything
P 0 neutral | what's the best you can do on the annual price
P - concerned | the per minute charges add up fast for us
P - unimpressed | you're pricing yourselves out of small businesses
P - concerned | i'm not sure the value's there for that kind of money
P 0 neutral | can you sharpen your pencil a bit on that
P - concerned | that's eye watering to be honest
P - surprised | wow okay that number is um ambitious
P - concerned | it's steep for what we'd actually use
PR 0 neutral | if you can get it under three hundred i'd sign it off myself
P - unimpressed | that's premium pricing for a pretty standard feature set
P - concerned | we'd be paying for a lot of seats we'd barely use
P - concerned | The quoted price is significantly above market rates.
P 0 neutral | We would need a substantial discount to proceed.
P - concerned | The pricing is difficult to justify for our volume.
P - unimpressed | thats daylight robbery mate
P - concerned | ouch yeah that stings a bit
PC 0 neutral | would you match a lower price if we showed you a quote
P - concerned | i choked on my coffee a little when i saw the total
P - concerned | the add ons push it way over what makes sense
P - unimpressed | honestly it's overpriced for what it is
P 0 neutral | can you waive the onboarding fee at least
P - concerned | three grand just for implementation seems a lot
P - concerned | the price jumps a lot between the tiers
P - unimpressed | you want how much for the ai bit on top
PB - worried | at that price it'd eat our whole tools budget
PB - concerned | we only have about half of what you're asking
PH - hesitant | i'm not sure we can justify that much yet
PR 0 neutral | we'd sign this week if you could do something on price
PR 0 neutral | knock ten percent off and we'll sign today
PI 0 neutral | we love the product it's just the price that's the problem
"""

B4_EN_3 = """
U - stressed | we need this up and running before the new team starts on monday
U 0 neutral | our peak season starts in three weeks so timing matters
U - stressed | honestly we're already behind on this
U 0 neutral | compliance says we must be covered by the thirtieth
U 0 neutral | how soon could you have us live realistically
U - stressed | we can't go another month without call recording
U 0 neutral | we're opening a new site in ten days and it needs phones
U - stressed | it's kind of an emergency our old system dies on friday
U 0 neutral | we'd want to start as soon as humanly possible
U 0 neutral | the campaign goes out on the fifth so before then ideally
U - stressed | the ceo wants results by the end of the quarter
U 0 neutral | can the onboarding be squeezed into fewer days
U 0 neutral | we really need to move on this quickly
U - stressed | every day we wait we're missing calls
U 0 neutral | the sooner we can get going the better for us
U 0 neutral | we need a decision this week on our end
U - worried | we're running out of runway on the old platform
U 0 neutral | Our go-live date is fixed for the 1st of next month.
U 0 neutral | We require deployment within the next two weeks.
U 0 neutral | ideally we'd be live before the holidays kick in
U - stressed | we're up against it timewise honestly
U 0 neutral | the auditors are coming in six weeks
U 0 neutral | can you get someone on it this week
U - stressed | our licences expire saturday so it's now or never
U 0 neutral | we've got a narrow window before the summer rush
X 0 confused | sorry is a seat the same thing as a licence
X 0 confused | wait is that per month or per year
X 0 confused | um i didn't quite catch how the transcripts get to the crm
X 0 puzzled | so which plan has the coaching thing again
X 0 confused | i'm a bit lost on how the minutes are counted
X 0 confused | hang on does that mean my agents need new headsets
X 0 confused | sorry you said the ai listens but then who sees it
X 0 confused | i don't really get the point of the sentiment score
X 0 confused | what do you mean by a workspace exactly
X 0 confused | can you explain the contract bit again i got muddled
X 0 puzzled | uh so is it a browser thing or do we install something
X 0 confused | I'm not sure I follow how the pricing tiers work.
X 0 confused | Could you clarify what is included in the base package?
X 0 confused | sorry i'm not very techy what's an api
X 0 confused | so wait do we keep our numbers or get new ones
X 0 confused | i got lost somewhere between the dashboard and the reports
X 0 puzzled | that doesn't match what your colleague told me last week
X 0 confused | so um what actually happens when a call comes in
X 0 confused | you've lost me with the the routing rules
X 0 confused | i dont understand whats the onboarding fee for
X 0 confused | is the trial the full thing or a cut down version
X 0 confused | sorry the connection's bad did you say fifty or fifteen
X 0 puzzled | hmm how does it know which customer it's talking to
X 0 confused | i'm struggling to picture how this works day to day
XP - confused | wait why is the price different from the one on the website
I + excited | oh that's exactly what we've been after
I + happy | honestly the real time prompts are a game changer
I + excited | wow i can already see my team using this every day
I + happy | the call summaries are spot on that's brilliant
I + happy | this would save us hours every week easily
I + excited | okay now you've got my attention
I + happy | my supervisors are going to love the live view
I + happy | it's so much nicer than anything we've looked at
I + excited | oh wow that's slick
I + happy | yeah we'd use that loads
I + happy | This is precisely what our quality team has been asking for.
I + happy | I'm very impressed with the accuracy of the transcripts.
I + excited | honestly that alone is worth it
I + happy | the crm sync is exactly what we need
I + excited | that's genuinely really cool
I + happy | i'm sold on the coaching side
IU + excited | oh we need that yesterday
I + happy | love it love it
I + happy | we've been dreaming of something like this
I + happy | my reps are gonna be thrilled
I + excited | this is the bit i was hoping you'd show me
I + happy | it's honestly the nicest demo i've had
H 0 hesitant | i need to have a think about it
H 0 hesitant | um not sure we're ready for something like this
H 0 hesitant | let's circle back in a few weeks
H - skeptical | i'm not totally convinced it'll work with our accents
H 0 hesitant | it looks good but i don't know if it's a priority right now
H 0 hesitant | we might wait until after the reorg
H 0 hesitant | honestly i'm of two minds on this one
H 0 hesitant | maybe let's keep it on the back burner
H - skeptical | i'm a bit wary of ai listening to every call
H 0 hesitant | i'd want to talk to one of your customers first
H 0 hesitant | it's a nice to have not a must have for us
H 0 hesitant | we'll probably look again after christmas
H 0 hesitant | I would prefer to take some time before deciding.
H 0 hesitant | We are not in a position to commit at this stage.
H - skeptical | not sure my team would actually change how they work
H 0 hesitant | i don't want to rush into anything
H 0 hesitant | hmm i'll think about it and let you know
H 0 hesitant | can we do a smaller pilot first and see
H 0 hesitant | i'm not saying no i'm just not saying yes yet
H - skeptical | we've been promised magic before and it never happened
H 0 hesitant | let me get back to you on that
H 0 hesitant | i'm still weighing it up honestly
R + happy | right let's do it send over the paperwork
R + happy | okay we're in what do you need from me
R 0 neutral | can you send the contract for twenty five seats
R + happy | yeah go ahead and set us up
R 0 neutral | how do we get started from here
R + happy | great lets sign this week
R 0 neutral | send me the order form and i'll fill it in tonight
R + happy | alright you've convinced me
R 0 neutral | what's the start date if we sign today
R 0 neutral | We are ready to proceed with the annual plan.
R 0 neutral | Please send the agreement for signature.
R + happy | let's make it official
R + happy | yep let's get the ball rolling on onboarding
R 0 neutral | can i pay by card to get started now
R + happy | we'll take it
R 0 neutral | who do i send the purchase order to
R + happy | count us in for the pro plan
R 0 neutral | book the kickoff call for next tuesday
R + happy | i'm signing it right now actually
R 0 neutral | can we add the seats to the contract and go
"""

B4_EN_NEG = """
0 0 neutral | the price list is on your site right
0 0 neutral | can you send the invoice to accounting
0 0 neutral | price isn't really the sticking point for us
0 0 neutral | we don't use anything else for this today
0 0 neutral | no one else is involved i'm running this
0 0 neutral | my boss is actually the one who found you
0 0 neutral | my manager says hi by the way
0 0 neutral | we've never used a tool like this before
0 0 neutral | cost wise that's in line with what we expected
0 0 neutral | nah no other vendors we came straight to you
0 0 neutral | what's your payment terms thirty days
0 0 neutral | do you invoice in euros or pounds
0 0 neutral | um i'm just gonna grab a coffee give me two secs
0 0 neutral | we have about eighty agents in three countries
0 0 curious | how long have you guys been around
0 0 curious | can the supervisors whisper to agents during a call
0 0 neutral | we're based in bristol mostly
0 0 neutral | the team finishes at six so any time before then is fine
0 0 neutral | yeah that's clear thanks
0 0 neutral | i'm not in a rush this is more for next year's planning
0 0 neutral | we're not unhappy with anything just curious what you do
0 0 neutral | i'm not cross i just wanted to flag it
0 0 neutral | price wise we're comfortable
0 0 neutral | what currency is that in
0 0 neutral | send the quote to me and i'll file it
0 0 neutral | is vat included in that
0 0 neutral | we pay our suppliers quarterly usually
0 + happy | the last bill was lower than i thought nice
0 0 neutral | how do i update the card on file
0 0 neutral | could you resend last month's invoice with our vat number on it
0 0 neutral | um my colleague jess will be on the next call she's in ops
0 0 neutral | no competitors in the running i promise
0 0 neutral | honestly it's not that expensive
0 0 neutral | the money side isn't an issue
0 0 curious | do you have a partner programme for resellers
0 0 curious | what's the roadmap look like for next year
0 0 neutral | ok noted
0 0 neutral | alrighty then
0 0 neutral | hmm yep
0 0 neutral | right yeah makes sense
0 0 neutral | sorry someone just walked in one sec
0 + amused | ha my cat just walked across the keyboard
0 0 neutral | can you hear me now i switched to headphones
0 0 neutral | we mostly do inbound claims calls
0 0 neutral | we run two shifts weekdays and one on saturdays
0 0 neutral | most of our calls are under five minutes
0 0 neutral | our agents are all remote since covid
0 0 curious | how accurate is it with scottish accents
0 0 curious | can we export the transcripts as csv
0 0 curious | is there a mobile app for supervisors
0 0 curious | where's your data centre
0 0 neutral | yep i've got the slides in front of me
0 0 neutral | i'll forward this to myself so i don't lose it
0 0 neutral | i'm the ops lead so i look after the floor
0 0 neutral | i've got full authority on this one
0 0 neutral | we don't need approval from anyone for tools under ten k
0 0 neutral | i'm not confused i just want to confirm the date
0 0 neutral | no deadline really we're just scoping
0 0 calm | take your time there's no pressure on our side
0 + happy | thanks for being so patient with my questions
0 0 neutral | the price is the price i get it
0 0 neutral | fair enough that's what i'd expect to pay
0 0 neutral | the pricing page was pretty clear actually
0 0 neutral | i read the pricing on your site before the call
0 0 curious | does the price include support
0 0 neutral | what are your payment methods
0 0 neutral | our finance team handles invoices so just use the generic address
0 0 neutral | my boss is on holiday but that doesn't change anything
0 0 neutral | i used to work at talkdesk funnily enough
0 0 neutral | i saw your ad on linkedin
0 0 neutral | a friend recommended you
0 0 neutral | we found you through a google search
0 0 neutral | i heard about you at the conference in london
0 0 neutral | we're not tied to any other provider
0 0 neutral | we've no contract with anyone for this
0 0 neutral | i'm not annoyed at all it was a fair question
0 0 neutral | the onboarding went smoothly actually
0 + happy | support sorted my issue in ten minutes last time
0 0 neutral | we're a team of twelve so nothing fancy
0 0 neutral | i'll need a copy of the security docs for our records
0 0 neutral | could you cc my assistant on the next email
0 0 neutral | the contract renewal date is in the portal right
0 0 curious | what happens if we go over our minutes
0 0 curious | can we change the number of seats later
0 0 neutral | ok so thirty nine a seat got it
0 0 neutral | yes i can see your screen
0 0 neutral | one sec let me mute the other call
0 + amused | yeah it's been one of those weeks
0 + happy | have a good weekend
0 0 neutral | we'll speak thursday then
0 0 neutral | i'll be the main point of contact
0 0 neutral | our it guy will handle the setup
0 0 neutral | we had a demo from you last year actually
0 0 neutral | the money was never the problem last time either
0 0 neutral | not looking at anyone else at the moment
0 0 neutral | we don't have a current supplier for this
0 0 neutral | our contract with you renews automatically right
B 0 neutral | budget season is in the autumn for us
0 0 neutral | we've got a couple of agents on part time
0 0 curious | how many languages do the summaries support
0 0 neutral | your colleague sent me the case study
0 0 neutral | i've got a hard stop at three
0 0 neutral | yeah i got the email with the link
0 0 neutral | We currently handle about 500 calls per day.
0 0 neutral | Our office is closed on bank holidays.
0 0 curious | What certifications do you hold for data protection?
0 0 neutral | Please send the documentation to my work address.
0 0 neutral | The pricing is clear, thank you.
0 0 neutral | We do not work with any other vendor in this area.
0 0 neutral | I have the authority to approve this purchase.
0 0 neutral | We are not working towards any specific date.
0 0 neutral | yeah i'm fine on the price to be honest
0 0 neutral | we're not comparing with anyone
0 0 neutral | not my first rodeo with these tools but all good
0 + happy | cheers that was useful
0 0 neutral | um so uh where were we
0 0 neutral | like we we mostly call back leads from the website
0 0 neutral | erm can i ask who else in my sector uses you
0 0 neutral | we've got a team meeting after this so i'll mention it
0 0 neutral | i'm going to share the recording with the team
0 0 neutral | i'll pass the slides on to the team for a look
CD 0 neutral | my boss asked me to find a few options and report back
"""

B4_EN_AGENT = """
0 0 neutral | so the pro plan is forty nine per agent per month billed annually
0 0 neutral | the enterprise tier starts at about two thousand a month
0 0 neutral | there's a one off setup fee of five hundred
0 0 neutral | we can offer fifteen percent off if you commit to two years
0 0 curious | who are you using for telephony at the moment
0 0 curious | have you looked at any other solutions so far
0 0 curious | what did you like about your previous provider
0 0 neutral | a lot of teams come to us from aircall actually
0 0 confident | compared to the big suites we're usually a lot quicker to set up
0 0 neutral | we integrate natively with salesforce and hubspot
0 0 curious | who else would need to be in the room for a decision
0 0 neutral | would it be useful if i prepared a one pager for your cfo
0 0 curious | what does the approval process look like on your side
0 0 neutral | happy to present to your board if that helps
0 0 curious | is there a budget already set aside for this project
0 0 neutral | when does your financial year start
0 0 curious | roughly what are you spending on tools like this today
0 0 neutral | we can spread the payments monthly if cash flow is a concern
0 0 curious | when do you need this to be live by
0 0 neutral | onboarding usually takes about ten working days
0 0 neutral | we can fast track the setup if the date is tight
0 0 apologetic | i'm really sorry you've had to call back so many times
0 0 apologetic | apologies for the wait i know it's been a frustrating week
0 0 calm | i completely understand let me see what i can do
0 0 neutral | i've escalated the ticket to our engineering team
0 0 neutral | you should get an update by end of day
0 0 calm | i hear you the price is a concern let's look at the options
0 0 neutral | let me recap what we covered so far
0 0 neutral | does that make sense so far
0 0 curious | any questions on what i've just shown you
0 0 neutral | i'll send the contract over by docusign this afternoon
0 0 neutral | the invoice will come from our billing team
0 + happy | brilliant welcome aboard
0 + happy | great to hear you're happy with it
0 0 neutral | shall we pencil in a follow up for next week
0 0 neutral | i'll bring our solutions engineer in for the technical side
0 0 neutral | let me share my screen quickly
0 0 neutral | can you see the dashboard now
0 0 neutral | so here's the live coaching panel
0 0 neutral | the summary lands in the crm as soon as the call ends
0 0 neutral | the trial gives you the full product for fourteen days
0 0 neutral | there's no minimum contract on the monthly plan
0 0 neutral | the notice period is thirty days
0 + confident | most customers see a return within the first quarter
0 0 calm | no pressure at all take the time you need
0 0 neutral | um so yeah uh the the transcripts are stored in the eu
0 0 neutral | sorry you cut out there for a sec
0 0 neutral | hi thanks for taking the call
0 0 neutral | is now still a good time
0 0 neutral | just checking you received the proposal
0 0 curious | how are the agents finding the new version
0 0 neutral | our competitors charge for the ai separately we don't
0 0 neutral | we're cheaper than talkdesk on most like for like setups
0 0 neutral | I will send you a summary of today's call.
0 0 neutral | Our standard pricing is listed on the website.
0 0 curious | Could you tell me more about your current process?
0 0 neutral | I have noted the discount request and will check with my manager.
0 0 neutral | i'll need to check with my manager on that discount
0 0 neutral | my director can approve anything up to twenty percent
0 0 neutral | the price goes down per seat once you pass fifty users
0 0 neutral | that's the list price before any discount
0 0 neutral | so that would come to about eleven hundred a month all in
0 0 calm | that's a fair point on cost
0 0 curious | what would it take to get this over the line
0 0 neutral | i can hold this price until the end of the month
0 0 neutral | we've got a migration team that handles the switch for you
0 0 neutral | we'll port your existing numbers over for free
0 0 neutral | you can keep using your current crm alongside us
X 0 confused | sorry i didn't catch that which crm did you say
X 0 confused | sorry i'm not sure i follow do you mean per site or per agent
X 0 confused | hang on i'm a bit lost is that the old account or the new one
F - frustrated | i know i'm as annoyed as you are about this outage
0 0 neutral | let me just pull up your account
0 0 neutral | could you spell the company name for me
0 0 neutral | thanks i've got that down
0 0 neutral | okay so i'll book you in for the onboarding call
0 0 neutral | the kickoff is usually about an hour
0 + happy | really appreciate you making the time today
0 0 neutral | i'll send the recap and the pricing sheet
0 0 curious | what's the biggest headache for your team right now
0 0 curious | how do you measure call quality today
0 0 neutral | you can cancel any time on the monthly plan
0 0 neutral | the renewal will come through at the same rate
0 0 neutral | we're running a promotion this month on annual plans
0 0 neutral | our support desk is open eight to eight
0 0 neutral | yeah uh that's um that's in the roadmap for q2
"""

B4_EN_4 = """
C 0 neutral | so like right now we're using the the dialer that came with our crm
C 0 neutral | uh we have a thing from vonage that kinda does this
C 0 neutral | our bpo partner already records and scores calls for us
C 0 neutral | we're already paying for chorus through the sales team
C 0 neutral | um we're mid evaluation with a couple of your rivals
C 0 neutral | your main competitor came in and did a demo on monday
C 0 curious | whats the difference between you and aircall honestly
C 0 neutral | we currently get something like this bundled with dixa
C 0 neutral | the freshdesk phone bit is what we use day to day
C 0 neutral | we're with the same supplier as the rest of the group
C 0 neutral | the other bidder is offering a dedicated success manager
C 0 neutral | our telco account manager keeps pushing their own ai add on
C 0 neutral | we have a homegrown setup with asterisk and some scripts
C 0 neutral | our dev team wants to build it on top of whisper instead
CH - concerned | we've put years of config into the current platform
C 0 neutral | ive got quotes from you and from ringover on my desk
C 0 neutral | we're currently paying genesys for recording and wfm
C 0 neutral | the guys who did our website also sell a calling tool
C 0 neutral | another provider is offering to buy out our current contract
C 0 neutral | um at the moment its talkdesk plus a bunch of spreadsheets
C 0 neutral | we tested modjo in the spring
C 0 curious | so why would i pick you over hubspot's own calling
C 0 neutral | we already have speech analytics from our contact centre vendor
C 0 neutral | the current setup is okay just a bit clunky
C 0 neutral | our legacy avaya system is still running the main line
C 0 neutral | we'd keep zendesk and just swap out the voice piece
C 0 neutral | we just renewed with our existing provider in september
C 0 neutral | the big guys we're with now have a whole team on our account
CP - unimpressed | we can get pretty much the same from our current guys for less
CP - concerned | the one we're on now is thirty a seat and does the basics fine
CPR 0 neutral | match the talkdesk quote and you've got a deal
CF - annoyed | we moved away from five9 because support was useless
CF - frustrated | i'm so done with our current vendor's downtime
CH 0 hesitant | we'd have to think hard before leaving salesforce
CB 0 neutral | the budget's tied up in the current contract until it ends
CI + happy | this is everything our current tool should be and isn't
F - annoyed | this is the third time this week the line has dropped on me
F - frustrated | like i said i said it already the numbers aren't porting
F - annoyed | ok can someone just call me back with an actual answer
F - frustrated | um we've raised this like five times and its still open
F - angry | frankly i've had it with your support team
F - annoyed | i don't want to hear about the roadmap i want it fixed
F - frustrated | the reports have been wrong for three weeks running
F - sarcastic | yeah sure another workaround that's just what i wanted
F - annoyed | why does every call with you people start with verifying my identity five times
F - frustrated | we were told two days and it's been two weeks
F - annoyed | please stop transferring me
F - frustrated | my whole team's been twiddling their thumbs while the system's down
F - annoyed | i'm not interested in an upgrade i'm interested in it working
F - angry | this is a complete shambles
F - frustrated | honestly the whole rollout has been one headache after another
F - annoyed | i shouldn't have to chase you for a refund
F - frustrated | the transcription keeps mixing up the speakers its useless like this
F - annoyed | yeah i'm gonna need you to actually listen to me for a sec
F - angry | no i'm not calming down i've been patient for a month
F - annoyed | ugh seriously again
D 0 neutral | uh so technically the the decision sits with our group cio
D 0 neutral | my boss wants to be on the next call
D 0 neutral | anything with a contract goes through our lawyer first
D 0 neutral | we need buy in from the team leads before i can push it
D 0 neutral | i'm not the budget holder unfortunately
D 0 neutral | the investors want to see any big commitments
D 0 neutral | i'll need my sales director to agree it fits the process
D 0 neutral | the decision maker here is really our head of cx
D 0 neutral | i'd have to take it to our monday management meeting
D 0 neutral | our ceo likes to meet suppliers before we sign
D 0 neutral | the trustees approve all spending over five grand
D 0 neutral | im just the messenger the directors decide
D - concerned | honestly getting the cfo to agree to anything new is like pulling teeth
B 0 neutral | we'd be paying for it out of the customer service budget
B - worried | we're a bit strapped for cash this quarter
B 0 neutral | the money for this kind of thing comes through in the new fiscal year
B 0 neutral | we've got about three grand allocated to call tools
B - worried | we're still waiting on funding to come through
B 0 neutral | we can only spend what's in the approved plan
B 0 neutral | our budget is per department so i'd have to split it with sales
B - concerned | the budget got slashed in half in the last review
B 0 neutral | um so our budget is like five hundred a month max for everything
P - concerned | honestly that's a lot of money for a tool my team might not use
P - unimpressed | you're having a laugh that's double what i expected
P - concerned | the price per seat makes it hard to roll out to everyone
P 0 neutral | if you throw in the onboarding for free we're closer
P - concerned | hmm those numbers make my eyes water
P - unimpressed | for a tool that just takes notes it's pricey
P - concerned | we're a small shop so that's a big chunk
P 0 neutral | any chance of a better rate for a longer commitment
P - concerned | it's not cheap is it
BP - worried | we just don't have that kind of money for a tool like this
UD 0 neutral | i need the director to sign before friday so we can launch on time
UR + happy | let's sign now so we're live for the campaign
UB 0 neutral | we've got budget left but only until the end of the year so we need to move
XD 0 confused | i'm not sure who on our side would even need to approve this
XF - frustrated | i still don't get what this charge is and i've asked twice
HP - hesitant | i dunno it feels like a lot for something we haven't tested
HC 0 hesitant | we're not sure yet we might just stick with what we have
HD 0 hesitant | i need to think about it and see what the boss says
IR + excited | this is great can we get it set up this week
IC + happy | way better than the clunky thing we have now
IU + excited | we need this before the busy season honestly it's perfect
RD 0 neutral | i've got sign off from the cfo so send over the contract
RB 0 neutral | budget's been approved so let's get the order in
"""

B4_FR = """
C 0 neutral | on a déjà un outil qui fait à peu près la même chose
C 0 neutral | euh notre prestataire actuel gère l'enregistrement des appels
C 0 neutral | on est chez diabolocom depuis quatre ans
C 0 neutral | du coup on utilise le module d'appel de hubspot
C 0 neutral | on a vu une démo chez la concurrence la semaine dernière
C 0 neutral | bah on a un contrat avec ringover jusqu'en juin
C 0 curious | vous faites quoi de plus que genesys concrètement
C 0 neutral | notre éditeur actuel nous propose aussi de l'ia maintenant
C 0 neutral | on a reçu un devis d'une autre boîte hier
C 0 neutral | on a un outil maison développé par notre équipe technique
C 0 neutral | les commerciaux sont tous sur salesforce
C 0 neutral | on est en train de comparer avec deux autres solutions
C 0 neutral | euh genre on a déjà aircall et ça fait le job
C 0 neutral | notre opérateur télécom nous a proposé un truc similaire
C 0 neutral | on a testé talkdesk l'année dernière sans donner suite
C 0 neutral | on passe par un centre d'appels externalisé qui a son propre logiciel
C 0 neutral | nos amis de chez five9 nous ont fait une belle offre
C - unimpressed | on paye déjà pour un truc qui fait ça
C 0 neutral | notre solution actuelle est un peu vieillotte mais elle marche
C 0 neutral | on est engagés avec notre fournisseur pour encore un an
C 0 neutral | on a un appel d'offres en cours avec trois éditeurs
C 0 neutral | la filiale utilise un de vos concurrents
C 0 neutral | franchement notre presta actuel est plutôt réactif
CH - concerned | changer d'outil ça voudrait dire tout reparamétrer
C 0 curious | et par rapport à pipedrive vous êtes positionnés comment
C 0 neutral | on a zendesk pour les tickets et la téléphonie avec
C 0 neutral | un autre fournisseur nous propose un pilote gratuit
C 0 neutral | nous utilisons actuellement la solution d'un éditeur lyonnais
C 0 neutral | Nous sommes également en discussion avec un autre prestataire.
C 0 neutral | Notre solution actuelle couvre déjà l'enregistrement et le reporting.
C 0 curious | Pourriez-vous me dire ce qui vous distingue de Talkdesk ?
C 0 neutral | bah nous on bricole avec teams et un tableur partagé
C 0 neutral | en gros on est sur l'outil du groupe comme toutes les filiales
C 0 neutral | y a une start-up qui nous a contactés pour le même genre de produit
C 0 neutral | le concurrent nous a fait une démo super poussée
C 0 neutral | on a l'option transcription chez notre opérateur déjà
C 0 neutral | on vient de renouveler avec notre prestataire historique
CD 0 neutral | notre dsi préfère qu'on reste sur la suite microsoft
C 0 neutral | on a eu modjo en test pendant deux mois
C 0 neutral | euh le truc qu'on a aujourd'hui c'est un vieux système alcatel
C 0 neutral | on a un autre devis sur la table en ce moment
C 0 neutral | on hésite entre vous et ringover pour tout vous dire
CP - unimpressed | ringover nous fait un prix bien plus bas pour la même chose
CP - concerned | notre outil actuel nous coûte le tiers de ça
CP 0 neutral | si vous vous alignez sur le devis d'aircall on peut discuter
CP - unimpressed | pour ce prix-là on reste chez notre prestataire
CF - annoyed | notre fournisseur actuel met une semaine à répondre au moindre ticket
CF - frustrated | on en a ras-le-bol des coupures chez diabolocom
CF - angry | honnêtement notre presta actuel c'est une catastrophe
CU 0 neutral | notre contrat avec genesys se termine fin mars faut qu'on décide vite
CU - stressed | ringover arrête notre offre le mois prochain on est pressés
CD 0 neutral | c'est mon boss qui a choisi l'outil actuel donc c'est lui qui décidera du changement
CD 0 neutral | les achats veulent qu'on vous compare à notre prestataire actuel
CH 0 hesitant | je suis pas sûr que ça vaille le coup de tout quitter pour ça
CH - hesitant | on vient de migrer vers aircall donc c'est pas le moment
CI + excited | franchement ça enterre ce qu'on a aujourd'hui
CI + happy | c'est le jour et la nuit avec notre outil actuel
CX 0 confused | attendez ça remplacerait hubspot ou ça vient en plus
CR + happy | allez on lâche l'autre presta et on part avec vous
CB 0 neutral | il faudrait que ça rentre dans ce qu'on paie déjà pour notre outil actuel
F - annoyed | c'est la troisième fois que j'appelle pour le même problème
F - frustrated | ras-le-bol de devoir tout réexpliquer à chaque appel
F - annoyed | j'en ai marre d'être baladé d'un service à l'autre
F - angry | vous vous moquez de nous franchement
F - frustrated | ça fait deux semaines qu'on attend un retour
F - annoyed | euh on m'a déjà posé cette question trois fois
F - frustrated | l'appli plante en plein appel c'est insupportable
F - annoyed | je tombe toujours sur le répondeur c'est pénible
F - frustrated | on nous avait promis une correction le mois dernier
F - angry | c'est du grand n'importe quoi votre support
F - annoyed | arrêtez de m'envoyer des relances tous les deux jours
F - frustrated | chaque mise à jour casse un truc
F - sarcastic | ah super encore un numéro de ticket ça m'aide beaucoup merci
F - annoyed | bon j'ai pas que ça à faire moi
F - frustrated | mes conseillers ne veulent plus l'utiliser tellement ça rame
F - annoyed | vous êtes injoignables c'est dingue
F - angry | on paye pour un service qui marche pas c'est scandaleux
F - frustrated | j'ai passé ma matinée au téléphone avec vous pour rien
F - annoyed | euh la musique d'attente je la connais par coeur maintenant
F - frustrated | la synchro plante sans prévenir et on s'en rend compte des jours après
F - annoyed | je vous l'ai déjà dit genre cinq fois
F - frustrated | c'est toujours pareil on nous répond et rien ne bouge
F - angry | j'en peux plus de ces bugs
F - annoyed | c'est lourd là franchement
F - frustrated | bon là ça commence vraiment à bien faire
F - annoyed | on m'a raccroché au nez deux fois
F - frustrated | du coup on a perdu une journée d'enregistrements et personne sait pourquoi
F - sarcastic | bravo le correctif a cassé autre chose quelle surprise
F - annoyed | votre chatbot m'a fait tourner en rond une demi-heure
F - frustrated | c'est la galère depuis la migration
F - annoyed | Je vous ai déjà exposé le problème à quatre reprises.
F - angry | Le niveau de service est franchement inacceptable.
F - frustrated | Cela devient extrêmement pénible pour nos équipes.
F - annoyed | bah j'attends toujours la facture que j'ai demandée en mars
F - frustrated | ça me saoule de devoir relancer à chaque fois
F - angry | je veux parler à quelqu'un qui peut vraiment régler le problème
F - annoyed | oui oui je sais vous êtes désolés tout le monde est désolé
F - frustrated | on tourne en rond depuis le début de l'appel
F - annoyed | c'est pénible ce formulaire pour avoir un humain
F - frustrated | ça fait trois mois que ça dure
F - annoyed | on m'a promis un rappel que j'ai jamais eu
F - angry | c'est pas du tout ce qu'on nous avait vendu
F - frustrated | les conseillers doivent redémarrer l'appli dix fois par jour
F - annoyed | abrégez s'il vous plaît j'ai dix minutes
FU - stressed | on lance vendredi et le standard marche toujours pas
FU - angry | il faut que ce soit réglé aujourd'hui pas au prochain sprint
FX - frustrated | personne n'arrive à m'expliquer pourquoi on a été facturés deux fois
FH - annoyed | après le fiasco de l'onboarding je suis pas sûr qu'on renouvelle
F - annoyed | mon directeur me demande pourquoi c'est toujours pas réglé et j'ai rien à lui dire
FP - angry | payer ce prix-là pour un truc aussi buggé c'est une blague
"""

B4_FR_2 = """
D 0 neutral | faut que j'en touche un mot à mon associé
D 0 neutral | c'est la direction qui tranchera de toute façon
D 0 neutral | euh ça doit passer en comité d'investissement
D 0 neutral | c'est ma femme qui gère les comptes donc elle aura son mot à dire
D 0 neutral | mon mari s'occupe de la partie administrative je dois voir avec lui
D 0 neutral | le daf voudra voir les chiffres avant
D 0 neutral | je fais le tour des solutions mais c'est mon directeur qui choisit
D 0 neutral | les achats reprennent la main pour la négo
D 0 neutral | il faut l'accord du siège pour toutes les agences
D 0 neutral | le rssi doit donner son feu vert
D 0 neutral | le gérant rentre lundi c'est lui qui décide ce genre de trucs
D 0 neutral | bah c'est pas moi qui signe au final
D 0 neutral | on a un comité de sélection des fournisseurs
D 0 neutral | c'est le conseil d'administration qui valide les engagements sur trois ans
D 0 neutral | je dois présenter ça au comex
D 0 neutral | le franchisé doit donner son accord
D 0 neutral | je suis prescripteur mais pas décideur
D 0 neutral | faut que je convainque ma n plus deux
D 0 neutral | il faut deux signatures au-dessus de mille euros
D 0 neutral | vous pouvez me faire un résumé que je montre à mon directeur
D 0 neutral | ma responsable est en congé donc rien ne bouge avant son retour
D 0 neutral | le juridique et la finance doivent valider tous les deux
D 0 neutral | je remonte ça à la direction commerciale
D 0 neutral | les associés votent sur ce genre de dépense
D 0 neutral | c'est notre pdg qui arbitre au final
D 0 neutral | Je ne suis pas habilité à signer ce type de contrat.
D 0 neutral | La décision finale revient à notre directeur des opérations.
D 0 neutral | Tout achat de ce type doit être validé par la DSI groupe.
D 0 neutral | euh faut que je voie avec les chefs d'équipe et ma direction
D 0 neutral | mon boss voudra être sur le prochain appel
D 0 neutral | le cabinet comptable valide nos gros achats
D 0 neutral | c'est le patron qui a les cordons de la bourse
D - concerned | mon directeur est assez réfractaire aux nouveaux outils
D 0 neutral | je vais devoir faire valider ça en réunion de direction lundi
DU 0 neutral | si le comité valide mardi on voudrait démarrer le premier
DU - stressed | je dois avoir la signature du boss avant vendredi sinon on perd le créneau
DH 0 hesitant | ça me plaît mais je sais pas si mon directeur va suivre
DH 0 hesitant | je préfère en parler à mon associé avant de m'avancer
DB 0 neutral | c'est la finance qui dira s'il y a du budget
DB 0 neutral | la responsable du budget c'est notre directrice des opérations donc c'est elle qui voit
DP - concerned | mon patron va s'étrangler en voyant ce chiffre
DP - concerned | jamais les achats valideront à ce prix-là
DX 0 confused | je dois expliquer ça à ma direction et franchement j'ai pas encore tout compris
DI + excited | j'adore je vais pousser fort auprès de mon boss
DR + happy | mon directeur vient de dire oui on y va
B 0 neutral | il nous reste genre cinq mille dans l'enveloppe cette année
B - worried | niveau trésorerie c'est tendu depuis la réorganisation
B 0 neutral | notre budget outils repart à zéro en avril
B 0 neutral | ça sortirait du budget informatique pas du nôtre
B - worried | on est entre deux levées de fonds donc on fait gaffe à chaque euro
B 0 neutral | on a prévu environ deux cents euros par mois et par équipe pour les logiciels
B - concerned | gel des embauches et gel des dépenses donc voilà
B 0 neutral | faudrait basculer de l'argent de la ligne formation
B 0 neutral | notre exercice se clôture en juin donc les budgets se font maintenant
B - worried | on attend le paiement d'un gros client avant de pouvoir dépenser
B 0 neutral | la subvention couvre le matériel pas les abonnements
B 0 neutral | on n'a pas encore de ligne budgétaire pour ça
B 0 neutral | on nous a demandé de réduire les coûts de dix pour cent
B - worried | après le dernier trimestre on a pas beaucoup de marge
B 0 neutral | on pourrait peut-être trouver des sous au troisième trimestre
B 0 neutral | on budgète par projet et celui-ci est déjà bouclé
B 0 neutral | on est autofinancés donc tout sort du chiffre d'affaires
B - concerned | tout le budget est parti dans le nouveau standard
B 0 neutral | Nous fonctionnons avec un budget annuel fixe voté en janvier.
B 0 neutral | Notre enveloppe discrétionnaire est très limitée ce trimestre.
B 0 neutral | euh faudra attendre le prochain cycle budgétaire
B 0 neutral | l'argent est là mais il est fléché jusqu'en septembre
B - worried | on est une petite asso les fonds sont toujours justes
B 0 neutral | notre plafond pour ce genre d'outil c'est dix mille par an
B - worried | on vient de se séparer de deux personnes donc l'argent c'est sensible
B 0 neutral | c'est le client qui paye les outils sur son compte pas nous
B 0 neutral | bah du coup le budget c'est genre trois cents balles par mois max
B - worried | on est un peu à sec en ce moment
B 0 neutral | les sous pour ça arrivent au nouvel exercice
B - concerned | le budget a été divisé par deux à la dernière revue
BU 0 neutral | faut dépenser ce budget avant mars sinon on le perd
BU - stressed | si on engage pas l'argent ce mois-ci il repart au groupe
BH 0 hesitant | on verra comment se présente le budget au prochain trimestre
BR 0 neutral | l'enveloppe est validée donc on peut y aller
P - concerned | euh c'est beaucoup plus que ce que j'espérais
P - unimpressed | si ça commençait par un deux et pas par un quatre on en parlerait
P - concerned | c'est plus cher que notre loyer franchement
P - surprised | pardon c'est par utilisateur ça c'est énorme
P 0 neutral | y a moyen de faire un effort sur le tarif
P - concerned | ça fait mal au porte-monnaie quand même
P - unimpressed | pour ce prix-là j'embauche un stagiaire pour prendre des notes
P - concerned | les frais d'installation en plus ça fait lourd
P 0 neutral | c'est quoi votre meilleur prix sur l'annuel
P - concerned | les minutes facturées en plus ça chiffre vite
P - unimpressed | vous vous mettez hors de prix pour les petites structures
P - concerned | je suis pas sûr que ça vaille ce prix-là
P 0 neutral | vous pouvez revoir votre copie sur le prix
P - surprised | ah oui quand même c'est ambitieux comme tarif
P - concerned | c'est cher pour ce qu'on utiliserait vraiment
P - unimpressed | c'est du vol
P - concerned | aïe ça pique
PC 0 neutral | vous feriez un geste si on vous montre un devis moins cher
P - concerned | j'ai failli m'étouffer en voyant le total
P - unimpressed | franchement c'est surfacturé pour ce que c'est
P 0 neutral | vous pouvez au moins offrir les frais de mise en service
P - concerned | trois mille euros juste pour l'installation c'est beaucoup
P - unimpressed | combien pour l'option ia en plus sérieux
P - concerned | Le tarif proposé est nettement au-dessus du marché.
P 0 neutral | Il nous faudrait une remise significative pour avancer.
P - concerned | Le prix est difficile à justifier au vu de notre volume.
P - concerned | c'est salé quand même
P - unimpressed | c'est hors de prix votre bazar
P - concerned | ça fait une sacrée douloureuse à la fin du mois
P - concerned | bah c'est pas donné hein
PR 0 neutral | si vous descendez sous les trois cents je signe moi-même
P - concerned | ça coûte un bras
PB - worried | à ce prix-là ça mangerait tout notre budget outils
PB - concerned | on a à peu près la moitié de ce que vous demandez
PH - hesitant | je suis pas sûr qu'on puisse justifier autant pour l'instant
PR 0 neutral | baissez de dix pour cent et on signe aujourd'hui
PI 0 neutral | on adore le produit c'est juste le prix qui coince
"""

B4_FR_3 = """
U - stressed | il nous faut ça avant l'arrivée des nouveaux lundi
U 0 neutral | notre haute saison commence dans trois semaines
U - stressed | franchement on est déjà en retard sur ce sujet
U 0 neutral | l'échéance réglementaire c'est la fin du mois
U 0 neutral | vous pouvez nous mettre en service en combien de temps réalistement
U - stressed | on peut pas rester un mois de plus sans enregistrement
U 0 neutral | on ouvre un nouveau site dans dix jours
U - stressed | c'est limite une urgence notre vieux système lâche vendredi
U 0 neutral | on voudrait démarrer le plus tôt possible
U 0 neutral | la campagne part le cinq donc idéalement avant
U - stressed | le pdg veut des résultats d'ici la fin du trimestre
U 0 neutral | y a moyen d'accélérer l'onboarding
U 0 neutral | faut qu'on avance vite là-dessus
U - stressed | chaque jour qui passe on rate des appels
U - worried | on arrive au bout avec l'ancienne plateforme
U 0 neutral | Notre date de mise en production est fixée au premier du mois prochain.
U 0 neutral | Nous avons besoin d'un déploiement sous quinze jours.
U 0 neutral | idéalement faut que ça tourne avant les fêtes
U - stressed | on est charrette niveau planning
U 0 neutral | les auditeurs passent dans six semaines
U 0 neutral | vous pouvez mettre quelqu'un dessus cette semaine
U - stressed | nos licences expirent samedi c'est maintenant ou jamais
U 0 neutral | on a une petite fenêtre avant le rush de l'été
U 0 neutral | euh genre faudrait que ce soit prêt pour la semaine pro
X 0 confused | pardon un poste et une licence c'est pas la même chose
X 0 confused | attendez c'est par mois ou par an ça
X 0 confused | euh j'ai pas bien saisi comment les transcriptions arrivent dans le crm
X 0 puzzled | du coup c'est quelle formule qui a le coaching déjà
X 0 confused | je suis un peu perdu sur le calcul des minutes
X 0 confused | attendez ça veut dire que mes conseillers doivent changer de casque
X 0 confused | pardon vous avez dit que l'ia écoute mais qui voit les résultats
X 0 confused | je vois pas bien à quoi sert le score de sentiment
X 0 confused | vous entendez quoi par espace de travail exactement
X 0 confused | vous pouvez reprendre la partie contrat je me suis embrouillé
X 0 puzzled | euh c'est dans le navigateur ou faut installer un truc
X 0 confused | Je ne suis pas certain de comprendre comment fonctionnent les paliers tarifaires.
X 0 confused | Pourriez-vous préciser ce qui est inclus dans l'offre de base ?
X 0 confused | désolé je suis pas très technique c'est quoi une api
X 0 confused | du coup on garde nos numéros ou on en a des nouveaux
X 0 puzzled | ça colle pas avec ce que votre collègue m'a dit la semaine dernière
X 0 confused | bah concrètement il se passe quoi quand un appel arrive
X 0 confused | vous m'avez perdu avec les règles de routage
X 0 confused | je comprends pas à quoi correspondent les frais d'onboarding
X 0 confused | l'essai c'est la version complète ou une version limitée
X 0 puzzled | hmm comment il sait à quel client il parle
X 0 confused | j'ai du mal à voir comment ça marche au quotidien
X 0 confused | c'est pas clair pour moi cette histoire de connecteurs
XP - confused | attendez pourquoi le prix est pas le même que sur le site
I + excited | ah mais c'est pile ce qu'on voulait
I + happy | franchement les suggestions en direct ça change tout
I + excited | waouh je vois déjà mon équipe l'utiliser tous les jours
I + happy | les résumés d'appel sont nickel
I + happy | ça nous ferait gagner des heures chaque semaine
I + excited | bon là vous avez toute mon attention
I + happy | mes superviseurs vont adorer la vue en temps réel
I + happy | c'est bien plus agréable que tout ce qu'on a vu
I + excited | oh c'est canon ça
I + happy | on s'en servirait tout le temps
I + happy | C'est précisément ce que notre service qualité réclame depuis longtemps.
I + happy | Je suis très impressionné par la qualité des transcriptions.
I + excited | franchement rien que ça ça vaut le coup
I + happy | la synchro crm c'est pile ce qu'il nous faut
I + excited | c'est vraiment trop cool
I + happy | je suis conquis par la partie coaching
I + happy | on en rêvait de ce genre d'outil
I + happy | mes commerciaux vont être ravis
I + excited | c'est la fonctionnalité que j'espérais voir
I + happy | top top top
IU + excited | il nous le faut avant la haute saison c'est parfait
H 0 hesitant | il faut que je réfléchisse
H 0 hesitant | euh pas sûr qu'on soit prêts pour ça
H 0 hesitant | on en reparle dans quelques semaines
H - skeptical | pas convaincu que ça marche avec nos accents du sud
H 0 hesitant | ça a l'air bien mais je sais pas si c'est la priorité
H 0 hesitant | on attendra peut-être la fin de la réorganisation
H 0 hesitant | j'ai le cul entre deux chaises
H 0 hesitant | on met ça de côté pour l'instant
H - skeptical | je suis un peu méfiant avec une ia qui écoute tous les appels
H 0 hesitant | j'aimerais parler à un de vos clients d'abord
H 0 hesitant | on regardera à nouveau après noël
H 0 hesitant | Je préférerais prendre un peu de temps avant de décider.
H 0 hesitant | Nous ne sommes pas en mesure de nous engager à ce stade.
H - skeptical | pas sûr que mon équipe change ses habitudes
H 0 hesitant | je veux pas me précipiter
H 0 hesitant | on peut faire un petit pilote d'abord pour voir
H 0 hesitant | c'est pas un non c'est un pas encore
H - skeptical | on nous a déjà promis monts et merveilles
H 0 hesitant | je reviens vers vous là-dessus
H 0 hesitant | bof je sais pas trop
H 0 hesitant | je suis encore en train de peser le pour et le contre
H 0 hesitant | euh on va laisser décanter un peu
R + happy | bon allez envoyez-moi les papiers
R + happy | ok on part là-dessus vous avez besoin de quoi de ma part
R 0 neutral | vous pouvez m'envoyer le contrat pour vingt-cinq postes
R + happy | oui allez-y ouvrez-nous les accès
R 0 neutral | on démarre comment maintenant
R + happy | parfait on signe cette semaine
R 0 neutral | envoyez-moi le bon de commande je le remplis ce soir
R + happy | bon vous m'avez convaincu
R 0 neutral | on démarre quand si on signe aujourd'hui
R 0 neutral | Nous sommes prêts à partir sur l'offre annuelle.
R 0 neutral | Merci de nous transmettre le contrat pour signature.
R + happy | on officialise
R + happy | allez on lance l'onboarding
R 0 neutral | je peux payer par carte pour commencer tout de suite
R + happy | on prend
R 0 neutral | j'envoie le bon de commande à qui
R + happy | banco pour la formule pro
R 0 neutral | calez le lancement mardi prochain
R + happy | je signe là maintenant
R 0 neutral | ajoutez les postes au contrat et c'est parti
"""

B4_FR_NEG = """
0 0 neutral | la grille tarifaire est sur votre site c'est ça
0 0 neutral | vous pouvez envoyer la facture à la compta
0 0 neutral | le prix c'est pas vraiment ce qui bloque
0 0 neutral | on utilise rien d'autre pour ça aujourd'hui
0 0 neutral | personne d'autre n'intervient c'est moi qui pilote
0 0 neutral | c'est mon boss qui vous a trouvés en fait
0 0 neutral | mon responsable vous passe le bonjour
0 0 neutral | on n'a jamais utilisé ce genre d'outil
0 0 neutral | niveau coût c'est dans ce qu'on avait prévu
0 0 neutral | non aucun autre fournisseur on est venus directement chez vous
0 0 neutral | vos conditions de paiement c'est trente jours
0 0 neutral | vous facturez en euros
0 0 neutral | euh je vais me chercher un café deux secondes
0 0 neutral | on a environ quatre-vingts conseillers sur trois pays
0 0 curious | vous existez depuis combien de temps
0 0 curious | les superviseurs peuvent souffler des conseils pendant l'appel
0 0 neutral | on est surtout basés à nantes
0 0 neutral | l'équipe finit à dix-huit heures donc avant c'est bon
0 0 neutral | ok limpide merci bien
0 0 neutral | rien ne presse c'est pour la planification de l'an prochain
0 0 neutral | on n'est mécontents de rien on voulait juste vous connaître
0 0 neutral | je suis pas fâché je voulais juste le signaler
0 0 neutral | côté prix on est à l'aise
0 0 neutral | c'est en euros hors taxes
0 0 neutral | envoyez-moi le devis je le classe
0 0 neutral | la tva est comprise dedans
0 + happy | la dernière facture était moins élevée que prévu sympa
0 0 neutral | comment je mets à jour la carte bancaire
0 0 neutral | vous pouvez renvoyer la facture du mois dernier avec notre numéro de tva
0 0 neutral | euh ma collègue julie sera sur le prochain appel elle est aux opérations
0 0 neutral | aucun concurrent dans la course promis
0 0 neutral | franchement c'est pas si cher
0 0 neutral | l'argent c'est pas le sujet
0 0 curious | vous avez un programme partenaire pour les revendeurs
0 0 curious | c'est quoi la feuille de route pour l'année prochaine
0 0 neutral | ok c'est noté
0 0 neutral | d'accord
0 0 neutral | hmm ouais
0 0 neutral | ouais ouais ça se tient
0 0 neutral | pardon quelqu'un vient d'entrer une seconde
0 + amused | ha mon chat vient de marcher sur le clavier
0 0 neutral | vous m'entendez là j'ai mis le casque
0 0 neutral | on fait surtout des appels entrants pour des sinistres
0 0 neutral | on tourne en deux équipes la semaine et une le samedi
0 0 neutral | la plupart de nos appels durent moins de cinq minutes
0 0 neutral | tous nos conseillers bossent de chez eux
0 0 curious | ça marche bien avec l'accent belge
0 0 curious | on peut exporter les transcriptions en csv
0 0 curious | y a une appli mobile
0 0 curious | vos serveurs sont où
0 0 neutral | oui j'ai la présentation sous les yeux
0 0 neutral | je suis responsable du plateau donc je gère les conseillers
0 0 neutral | j'ai toute latitude sur ce dossier
0 0 neutral | pas besoin d'accord pour les outils sous dix mille euros
0 0 neutral | je suis pas perdu je veux juste confirmer la date
0 0 neutral | pas de date butoir on fait juste du cadrage
0 0 calm | prenez votre temps aucune pression de notre côté
0 + happy | merci d'être aussi patient avec mes questions
0 0 neutral | le prix c'est le prix je comprends
0 0 neutral | ça me paraît correct comme tarif
0 0 neutral | la page des tarifs était assez claire
0 0 neutral | j'ai regardé vos prix sur le site avant l'appel
0 0 curious | le prix inclut le support
0 0 neutral | vous acceptez quels moyens de paiement
0 0 neutral | la compta gère les factures donc mettez l'adresse générique
0 0 neutral | mon chef est en vacances mais ça change rien
0 0 neutral | j'ai bossé chez ringover avant marrant hein
0 0 neutral | j'ai vu votre pub sur linkedin
0 0 neutral | c'est un ami qui vous a recommandés
0 0 neutral | on vous a trouvés sur google
0 0 neutral | je vous ai vus au salon à paris
0 0 neutral | on n'est liés à aucun autre prestataire
0 0 neutral | on n'a de contrat avec personne pour ça
0 0 neutral | je suis pas du tout agacé c'était une bonne question
0 0 neutral | l'onboarding s'est très bien passé en fait
0 + happy | le support a réglé mon souci en dix minutes la dernière fois
0 0 neutral | on est une équipe de douze donc rien de compliqué
0 0 neutral | il me faudrait les documents de sécurité pour nos archives
0 0 neutral | vous pouvez mettre mon assistante en copie
0 0 curious | il se passe quoi si on dépasse nos minutes
0 0 curious | on peut changer le nombre de postes plus tard
0 0 neutral | ok donc trente-neuf le poste c'est noté
0 0 neutral | oui je vois votre écran
0 0 neutral | une seconde je coupe l'autre appel
0 + amused | ouais c'est une de ces semaines
0 + happy | bon week-end à vous
0 0 neutral | on se parle jeudi alors
0 0 neutral | c'est moi qui serai votre contact au quotidien
0 0 neutral | notre informaticien s'occupera de l'installation
0 0 neutral | on a déjà eu une démo chez vous l'an dernier
0 0 neutral | on regarde personne d'autre pour l'instant
0 0 neutral | on n'a pas de prestataire actuel pour ça
0 0 neutral | notre contrat chez vous se renouvelle tout seul c'est ça
0 0 curious | les résumés sont dispo en combien de langues
0 0 neutral | votre collègue m'a envoyé l'étude de cas
0 0 neutral | je dois raccrocher à quinze heures pile
0 0 neutral | Nous traitons environ cinq cents appels par jour.
0 0 neutral | Nos bureaux sont fermés les jours fériés.
0 0 curious | Quelles certifications avez-vous en matière de protection des données ?
0 0 neutral | La tarification est claire, merci.
0 0 neutral | Nous ne travaillons avec aucun autre éditeur sur ce sujet.
0 0 neutral | J'ai le pouvoir de valider cet achat.
0 0 neutral | Il n'y a pas d'échéance particulière de notre côté.
0 0 neutral | franchement le prix me va
0 0 neutral | on compare avec personne
0 + happy | merci c'était utile
0 0 neutral | euh du coup on en était où
0 0 neutral | genre on rappelle surtout les leads du site
0 0 neutral | euh je peux vous demander qui d'autre dans mon secteur vous utilise
0 0 neutral | j'ai une réunion d'équipe après donc j'en parlerai
0 0 neutral | je vais partager l'enregistrement avec l'équipe
0 0 neutral | bah écoutez c'est très clair
0 0 neutral | je n'ai besoin de la validation de personne pour ça
0 0 neutral | je suis pas énervé hein c'est juste une question
0 0 neutral | aucun souci de budget de ce côté
"""

B4_FR_AGENT = """
0 0 neutral | alors l'offre pro est à quarante-neuf euros par conseiller et par mois en annuel
0 0 neutral | l'offre entreprise démarre autour de deux mille euros par mois
0 0 neutral | il y a des frais de mise en service de cinq cents euros
0 0 neutral | on peut vous faire quinze pour cent si vous vous engagez sur deux ans
0 0 curious | vous utilisez quoi pour la téléphonie aujourd'hui
0 0 curious | vous avez regardé d'autres solutions jusqu'ici
0 0 neutral | beaucoup de nos clients viennent de chez aircall d'ailleurs
0 0 neutral | on s'intègre nativement avec salesforce et hubspot
0 0 curious | à part vous qui a voix au chapitre
0 0 neutral | je peux vous préparer une synthèse pour votre daf
0 0 curious | ça se passe comment la validation de votre côté
0 0 curious | vous avez déjà un budget dédié pour ce projet
0 0 neutral | votre exercice commence quand
0 0 neutral | on peut mensualiser si la trésorerie est un sujet
0 0 curious | vous en auriez besoin pour quand
0 0 neutral | la mise en place prend une dizaine de jours ouvrés
0 0 neutral | on peut accélérer le déploiement si la date est serrée
0 0 apologetic | je suis vraiment désolé que vous ayez dû rappeler autant de fois
0 0 calm | je comprends tout à fait je regarde ce que je peux faire
0 0 neutral | j'ai fait remonter le ticket à l'équipe technique
0 0 neutral | vous aurez un retour d'ici ce soir
0 0 calm | j'entends que le prix vous pose question regardons les options
0 0 neutral | je récapitule ce qu'on a vu
0 0 neutral | jusque-là c'est clair pour vous
0 0 neutral | je vous envoie le contrat par signature électronique cet après-midi
0 + happy | super bienvenue chez nous
0 0 neutral | on cale un point la semaine prochaine
0 0 neutral | je fais venir notre avant-vente pour la partie technique
0 0 neutral | je partage mon écran
0 0 neutral | voilà le panneau de coaching en direct
0 0 neutral | le résumé arrive dans le crm dès la fin de l'appel
0 0 neutral | l'essai vous donne accès à tout pendant quatorze jours
0 0 neutral | pas d'engagement minimum sur le mensuel
0 + confident | la plupart des clients sont rentabilisés en un trimestre
0 0 calm | aucune pression prenez le temps qu'il faut
0 0 neutral | euh du coup les transcriptions sont hébergées en france
0 0 neutral | pardon vous avez coupé une seconde
0 0 neutral | bonjour merci de prendre l'appel
0 0 neutral | c'est toujours un bon moment pour vous
0 0 neutral | nos concurrents facturent l'ia à part nous non
0 0 neutral | on est moins chers que talkdesk sur la plupart des configurations
0 0 neutral | je note la demande de remise et je vois avec mon responsable
0 0 neutral | mon directeur peut valider jusqu'à vingt pour cent
0 0 neutral | le prix par poste baisse au-delà de cinquante utilisateurs
0 0 neutral | c'est le prix catalogue avant remise
0 0 neutral | ça ferait environ mille cent euros par mois tout compris
0 0 calm | c'est une remarque légitime sur le coût
0 0 neutral | je peux bloquer ce tarif jusqu'à la fin du mois
0 0 neutral | on a une équipe migration qui gère la bascule pour vous
0 0 neutral | on reprend vos numéros existants gratuitement
X 0 confused | pardon j'ai pas saisi vous avez dit quel crm
X 0 confused | excusez-moi je suis perdu c'est l'ancien compte ou le nouveau
F - frustrated | je suis aussi agacé que vous par cette panne croyez-moi
0 0 neutral | je regarde votre compte
0 0 neutral | vous pouvez m'épeler le nom de la société
0 0 neutral | je vous inscris pour la session d'onboarding
0 + happy | merci de m'avoir accordé ce moment
0 0 curious | c'est quoi le plus gros casse-tête pour votre équipe en ce moment
0 0 neutral | vous pouvez résilier à tout moment sur le mensuel
0 0 neutral | on a une promo ce mois-ci sur les abonnements annuels
0 0 neutral | euh c'est prévu dans la roadmap pour le deuxième trimestre
"""

B4_EN_5 = """
I + excited | oh nice the the coaching cards pop up right in the call thats sick
I + happy | honestly that's the first demo where i thought yes this is it
I + happy | the search across calls is fantastic
I + excited | can't wait to show this to the team
I + happy | that's a real step up for us
I + excited | ohh i like that a lot
I + happy | we'd roll this out to everyone no question
I + happy | this is going to make onboarding new reps so much easier
I + excited | okay this is seriously impressive
I + happy | this is right up our street
R + happy | right time to pull the trigger
R 0 neutral | what do you need from us to get the accounts set up
R + happy | put us down for forty seats starting next month
R 0 neutral | can you send the docusign to me and cc our finance lead
R + happy | sounds good let's go with the annual
R 0 neutral | ill sign the order form as soon as it lands
R + happy | all green from our end let's proceed
R 0 neutral | let's schedule the onboarding for the week of the tenth
R + happy | you've got yourself a customer
R 0 neutral | what's the next step to get the contract over to us
X 0 confused | um sorry so is the the recording stored by you or by us
X 0 confused | so the free tier is free forever how does that even work
X 0 confused | sorry which button did you click there
X 0 puzzled | hmm i'm confused is coaching the same as scoring
X 0 confused | i'm lost are we talking about the new plan or the old one
X 0 confused | can you walk me through the invoice line by line i don't follow it
X 0 confused | wait so who owns the data if we cancel
HD 0 hesitant | we're probably going to hold off till we've hired the new manager
H 0 hesitant | the timing feels a bit off for us right now
H - skeptical | it all sounds a bit too good to be true
H 0 hesitant | let me mull it over
H 0 hesitant | maybe in the new year we'll be in a better place for it
H 0 hesitant | i think we'd rather stick to a trial before any commitment
U 0 neutral | we need a quick turnaround on this
U - stressed | honestly the boss is breathing down my neck to get this live
U 0 neutral | could we be live by the fifteenth
U - stressed | we're drowning in calls and need help now
U 0 neutral | timing's critical for us this quarter
B 0 neutral | we've got a budget line for quality tools that's about six k
B - worried | the purse strings are really tight right now
BD 0 neutral | we'd have to apply for funding internally
B 0 neutral | it depends what's left after we pay for the new laptops
P - concerned | that price is a tough sell for a team our size
P - unimpressed | at that price i'd expect it to do the calls for us
P 0 neutral | could you do it for thirty a seat
D 0 neutral | the procurement lady will need the supplier form filled in first
D 0 neutral | our managing partner likes to review all software contracts
F - annoyed | i was told someone would call me back yesterday and nothing
F - frustrated | we've had the same bug since the summer
F - annoyed | please don't put me on hold again
CP - unimpressed | the other guys are offering the first three months free so you'll have to do better
CR + happy | we're moving off aircall and going with you
CU 0 neutral | our five9 renewal is due in three weeks so we need an answer
UP - stressed | we need it now but we can't pay that
BD 0 neutral | i'd need the finance team to release the funds
PD - concerned | my director won't sign anything that expensive
FC - annoyed | we already left one vendor over this kind of nonsense
IH + happy | i really like it but i'm not sure we're ready
IX + excited | this looks amazing how does the billing work though
RU + happy | let's sign today we need it up by monday
0 0 neutral | price alone never decides anything for us
0 0 neutral | it's not the price it's just a question of timing for the project
0 0 neutral | my colleague is on the call too say hi dave
0 0 neutral | the finance team pays all invoices on the first of the month
0 0 neutral | i'm not bothered about the other tools out there
0 0 neutral | the renewal quote can go to the same address as before
0 0 curious | do you offer a sandbox for testing
0 0 neutral | our agents love stats so the dashboards will go down well
0 0 neutral | i'm sure it's a fair price
0 0 neutral | i don't have to check with anyone on this
0 0 neutral | we're not switching from anything we're starting from scratch
0 0 neutral | my colleague from marketing is in the room with me by the way
0 0 curious | how much is the premium tier just for reference
0 0 curious | what do other customers usually pay roughly
"""

B4_FR_4 = """
I + excited | oh là là les fiches de coaching qui s'affichent pendant l'appel c'est top
I + happy | franchement c'est la première démo où je me suis dit c'est ça
I + happy | la recherche dans les appels c'est génial
I + excited | vivement que je montre ça aux gars du plateau
I + happy | c'est un vrai cap pour nous
I + excited | ah ça j'aime beaucoup
I + happy | on le déploierait à tout le monde sans hésiter
I + happy | ça va faciliter l'intégration des nouveaux commerciaux
I + excited | bon là c'est vraiment bluffant
I + happy | c'est tout à fait dans nos cordes
I + happy | génial c'est pile poil notre besoin
I + excited | trop fort le résumé automatique
I + happy | je suis emballé
I + happy | ça c'est le genre d'outil qu'on attendait
I + excited | incroyable la rapidité de la transcription
R + happy | ok on se lance
R 0 neutral | vous avez besoin de quoi pour créer les comptes
R + happy | mettez-nous quarante postes à partir du mois prochain
R 0 neutral | envoyez la signature électronique à moi et mettez notre daf en copie
R + happy | ça marche on part sur l'annuel
R 0 neutral | je signe le bon de commande dès qu'il arrive
R + happy | c'est bon de notre côté on y va
R 0 neutral | on cale l'onboarding la semaine du dix
R + happy | bon ben vous avez gagné un client
R 0 neutral | c'est quoi l'étape suivante pour recevoir le contrat
R + happy | affaire conclue
R 0 neutral | vous me faites la facture pro forma et on règle
R + happy | go on valide
X 0 confused | euh pardon l'enregistrement il est stocké chez vous ou chez nous
X 0 confused | c'est quoi le piège avec l'offre gratuite je comprends pas
X 0 confused | pardon vous avez cliqué sur quel bouton là
X 0 puzzled | hmm je m'emmêle le coaching c'est pareil que la notation
X 0 confused | je suis perdu on parle de la nouvelle formule ou de l'ancienne
X 0 confused | vous pouvez me détailler la facture ligne par ligne j'y comprends rien
X 0 confused | attendez les données sont à qui si on résilie
X 0 confused | j'ai pas capté la différence entre les deux modules
X 0 confused | euh c'est pas très clair ce que vous appelez un agent virtuel
HD 0 hesitant | on va sans doute attendre l'arrivée du nouveau responsable
H 0 hesitant | le moment est peut-être mal choisi pour nous
H - skeptical | ça a l'air trop beau pour être vrai
H 0 hesitant | laissez-moi cogiter
H 0 hesitant | peut-être l'année prochaine on sera mieux placés
H 0 hesitant | on préférerait un essai avant de s'engager
H 0 hesitant | je suis mitigé
H - skeptical | j'ai un doute sur l'adoption par les équipes
U 0 neutral | il nous faut un délai court
U - stressed | franchement le boss me met la pression pour que ce soit en ligne
U 0 neutral | on pourrait être en service pour le quinze
U - stressed | on croule sous les appels il nous faut de l'aide maintenant
U 0 neutral | le timing est critique ce trimestre
U - stressed | c'est urgentissime
U 0 neutral | faut que ça soit opérationnel sous huit jours
B 0 neutral | on a une ligne budgétaire qualité d'environ six mille
B - worried | les cordons de la bourse sont très serrés en ce moment
BD 0 neutral | faudrait qu'on demande un financement en interne
B 0 neutral | ça dépend de ce qui reste après l'achat des nouveaux ordis
B - worried | on est dans le dur niveau finances cette année
P - concerned | ce tarif c'est dur à vendre pour une équipe comme la nôtre
P - unimpressed | à ce prix-là j'attends qu'il passe les appels à notre place
P 0 neutral | vous pourriez faire trente euros le poste
P - concerned | ça douille quand même
P - concerned | franchement ça fait cher payé
D 0 neutral | la personne des achats voudra qu'on remplisse la fiche fournisseur d'abord
D 0 neutral | notre associé gérant relit tous les contrats logiciels
D 0 neutral | je dois passer par mon n plus un puis par la direction
D 0 neutral | c'est le comité qui a la main pas moi
F - annoyed | on m'avait dit qu'on me rappellerait hier et rien
F - frustrated | on a le même bug depuis cet été
F - annoyed | me remettez pas en attente s'il vous plaît
F - frustrated | j'en ai ma claque de vos coupures
F - annoyed | avec vous c'est la même rengaine à chaque appel
F - angry | laisser des clients sans réponse comme ça c'est indigne
C 0 neutral | on travaille déjà avec une autre solution de téléphonie
C 0 neutral | la concurrence nous a proposé la même chose
C 0 neutral | on a déjà un abonnement chez un autre éditeur
C 0 curious | concrètement vous apportez quoi de plus que notre outil actuel
CP - unimpressed | les autres offrent les trois premiers mois donc faudra faire mieux
CR + happy | on quitte aircall et on part chez vous
CU 0 neutral | notre renouvellement five9 tombe dans trois semaines il nous faut une réponse
UP - stressed | on en a besoin tout de suite mais on peut pas payer ça
BD 0 neutral | il faut que la finance débloque les fonds
PD - concerned | mon directeur signera jamais un truc aussi cher
FC - annoyed | on a déjà quitté un fournisseur pour ce genre de bêtises
IH + happy | j'aime beaucoup mais je sais pas si on est prêts
IX + excited | c'est top par contre la facturation ça marche comment
RU + happy | on signe aujourd'hui il nous le faut pour lundi
0 0 neutral | le prix seul décide jamais de rien chez nous
0 0 neutral | c'est pas le prix c'est juste une question de calendrier projet
0 0 neutral | mon collègue est aussi en ligne dites bonjour patrick
0 0 neutral | la compta paie toutes les factures le premier du mois
0 0 neutral | les autres outils du marché ça m'intéresse pas
0 0 neutral | le devis de renouvellement peut partir à la même adresse
0 0 curious | vous proposez un environnement de test
0 0 neutral | nos conseillers adorent les stats donc les tableaux de bord vont plaire
0 0 neutral | je suis sûr que le prix est juste
0 0 neutral | j'ai à vérifier avec personne là-dessus
0 0 neutral | on remplace rien on part de zéro
0 0 neutral | ma collègue du marketing est dans la pièce avec moi d'ailleurs
0 0 curious | le premium c'est combien juste pour info
0 0 curious | les autres clients paient combien en général
0 0 neutral | bah ouais ça me va
0 0 neutral | j'ai une vingtaine de minutes devant moi
0 0 neutral | je vais transférer votre mail à la compta pour info
0 + happy | c'était très clair merci beaucoup
0 0 neutral | on ouvre six jours sur sept
0 0 neutral | nos conseillers parlent français et néerlandais
"""


B4_EN_6 = """
C 0 neutral | yeah so like we we kinda already got a a system from the phone company
C 0 neutral | uhh we use the the aircall app on our phones mostly
C 0 neutral | our curent provder is ok but the reporting is meh
C 0 neutral | we've been getting pitched by like every dialer company out there and we did a trial with one
F - annoyed | like i said i said this already to the the other guy
F - frustrated | its the same bug its always the same bug
F - annoyed | sorry but this is this is ridiculous now
D 0 neutral | uh yeah so i gotta i gotta check with my my boss first
D 0 neutral | its my bosses call not mine
B 0 neutral | um we we've got like a limited pot this year you know
B - worried | cash is kinda tight atm
P - concerned | thats um thats alot for us tbh
P - unimpressed | bruh that price lol no
U 0 neutral | like we kinda need it asap honestly
U - stressed | we're like super behind so yeah it's urgent urgent
X 0 confused | uh wait wait so what's what's the the seat thing
X 0 confused | im not sure i get it tbh how does the the ai know
X 0 confused | sorry wat was the second plan called
H 0 hesitant | um yeah i dunno i dunno if we're ready
H 0 hesitant | lemme think about it ok
I + excited | ooh yeah yeah that's sick
I + happy | omg the summaries are sooo good
R + happy | ok ok lets do it send it over
R 0 neutral | so uh how do we like sign up
0 0 neutral | uh yeah so so we we got like thirty guys on the phones
0 0 neutral | hang on hang on my other line
0 0 neutral | yeah no the the price is fine it's fine
0 0 neutral | nah we dont use nothing for that
0 0 neutral | um is the is the invoice monthly
"""

B4_FR_5 = """
C 0 neutral | bah en fait on a déjà un truc de chez orange pour ça
C 0 neutral | euh on est sur aircall sur les portables en gros
C 0 neutral | notre presta actuel il est ok mais le reporting bof
C 0 neutral | genre on a eu un call avec un autre éditeur ce matin
F - annoyed | comme je l'ai dit je l'ai déjà dit à votre collègue
F - frustrated | c'est le même bug c'est toujours le même bug
F - annoyed | franchement là c'est abusé
D 0 neutral | euh ouais faut que je check avec mon boss d'abord
D 0 neutral | c'est pas moi qui décide c'est mon chef
B 0 neutral | euh on a une enveloppe limitée cette année tu vois
B - worried | la tréso c'est un peu chaud en ce moment
P - concerned | c'est euh c'est beaucoup pour nous là
P - unimpressed | nan mais ce prix mdr
U 0 neutral | genre il nous le faut asap
U - stressed | on est grave en retard donc c'est urgent urgent
X 0 confused | euh attendez attendez c'est quoi l'histoire des postes
X 0 confused | jsuis pas sûr de capter comment l'ia sait
X 0 confused | pardon c'était quoi le nom de la deuxième formule
H 0 hesitant | euh ouais je sais pas je sais pas si on est prêts
H 0 hesitant | laissez-moi réfléchir ok
I + excited | ah ouais ouais c'est ouf
I + happy | les résumés sont trop bien franchement
R + happy | ok ok on y va envoyez
R 0 neutral | bah du coup on s'inscrit comment
0 0 neutral | euh ouais donc on a genre trente personnes au téléphone
0 0 neutral | attendez attendez j'ai un double appel
0 0 neutral | nan nan le prix ça va ça va
0 0 neutral | nan on utilise rien pour ça
0 0 neutral | euh la facture elle est mensuelle
"""


B4_EN_AGENT_2 = """
0 0 neutral | so for forty agents on pro that's about two thousand a month before discount
0 0 neutral | annual billing saves you two months compared to monthly
0 0 curious | how long is left on your current contract
0 0 curious | is anyone else in the running or is it just us
0 0 neutral | we often run alongside salesforce so no need to rip anything out
0 0 neutral | happy to send a side by side with what you pay today
0 0 curious | who holds the budget for this on your side
0 0 curious | would your finance director want to see a roi model
0 0 neutral | i can join your steering committee call if that helps
0 0 curious | is this coming out of this year's budget or next year's
0 0 neutral | if the go live date is fixed we'll work backwards from it
0 0 neutral | i've booked an engineer for thursday morning
0 0 apologetic | you shouldn't have had to explain this twice i'm sorry
0 0 calm | i get it nobody likes being passed around let me own this
0 0 neutral | i'll stay on this ticket until it's closed
0 0 neutral | that's the price for the full bundle including coaching
0 0 neutral | unfortunately that's already our best price
0 0 neutral | i can't go below that without my director's approval
0 0 curious | what's driving the timeline on your end
0 0 neutral | shall i set up a trial workspace for your team leads
0 + happy | great news i'll let the onboarding team know
0 0 neutral | the order form just needs a signature on page three
0 0 neutral | i'll resend the invoice with your purchase order number
0 0 curious | is there anything in the contract you'd like us to change
0 0 neutral | uh so um basically you'd get the the coaching and the summaries
0 0 neutral | sorry you're breaking up a bit could you repeat that
0 0 neutral | no worries i'll wait while you grab your colleague
X 0 confused | sorry i'm a bit confused is the account under your name or your manager's
"""

B4_FR_AGENT_2 = """
0 0 neutral | pour quarante conseillers en pro ça fait environ deux mille euros par mois avant remise
0 0 neutral | en annuel vous économisez deux mois par rapport au mensuel
0 0 curious | il vous reste combien de temps sur votre contrat actuel
0 0 curious | il y a d'autres acteurs dans la boucle ou c'est juste nous
0 0 neutral | on tourne souvent à côté de salesforce donc rien à débrancher
0 0 neutral | je peux vous envoyer un comparatif avec ce que vous payez aujourd'hui
0 0 curious | qui porte le budget de votre côté
0 0 curious | votre daf voudrait un calcul de retour sur investissement
0 0 neutral | je peux participer à votre comité de pilotage si ça aide
0 0 curious | ça sort du budget de cette année ou de l'an prochain
0 0 neutral | si la date de démarrage est figée on part de là et on remonte
0 0 apologetic | vous n'auriez pas dû avoir à tout réexpliquer je suis désolée
0 0 calm | je comprends personne n'aime être baladé je m'en occupe personnellement
0 0 neutral | c'est le prix du pack complet coaching compris
0 0 neutral | malheureusement c'est déjà notre meilleur prix
0 0 neutral | je peux pas descendre plus sans l'accord de mon directeur
0 0 curious | qu'est-ce qui détermine votre calendrier
0 0 neutral | je vous crée un espace d'essai pour vos chefs d'équipe
0 + happy | super nouvelle je préviens l'équipe d'onboarding
0 0 neutral | le bon de commande doit juste être signé en page trois
0 0 neutral | euh du coup en gros vous auriez le coaching et les résumés
0 0 neutral | pardon ça coupe un peu vous pouvez répéter
X 0 confused | pardon je suis un peu perdu le compte est à votre nom ou à celui de votre responsable
"""

# Batch 5 (valid2): written after batch 4, new situations and idioms
B5_EN = """
C 0 neutral | so the renewal's coming up with the outfit we use for our helpdesk phones
C 0 neutral | um the agency that built our crm bundled a call logger with it
C 0 neutral | the clinics all run on the same booking system and it records calls already
C 0 neutral | we've had a rep from one of the big american platforms on the phone twice this week
C 0 neutral | honestly we'd be moving over from a freebie version of another tool
C 0 neutral | our franchisor mandates a phone system for all the stores
C 0 curious | i've been reading reviews comparing you to dialpad what's your take
C 0 neutral | we put out a tender and there are four bids in including yours
C 0 neutral | our night team is on a separate system run by the outsourcer
C 0 neutral | the sales floor uses outreach and the support floor uses zendesk
C 0 neutral | we have a contract with orange business for the lines and the recording
C - unimpressed | we're paying for three tools that overlap already
C 0 neutral | i sat through a webinar from one of your rivals yesterday
C 0 neutral | a consultancy has offered to build us a custom dashboard instead
C 0 neutral | uh right now it's kixie for the outbound guys
C 0 neutral | the lot we're with now gave us a loyalty discount to stay
C 0 neutral | We have an incumbent provider whose contract expires in Q3.
C 0 curious | What would migration from Twilio Flex involve?
CP - unimpressed | dialpad's quote was nearly half of this
CPD - concerned | if i go back to my boss with a price higher than the incumbent's he'll laugh
CF - annoyed | we're leaving our current supplier because they never answer the phone ironically
CH 0 hesitant | part of me thinks we should just get more out of what we already have
CU 0 neutral | our current licences lapse on the first so we need a replacement lined up
CI + happy | this does in one screen what takes us three tabs in the current tool
F - annoyed | this is the exact same conversation i had with your colleague on tuesday
F - frustrated | we were told the feature was live and it's nowhere to be found
F - angry | i have a room full of agents who can't log in right now
F - annoyed | please don't tell me to clear my cache again
F - frustrated | the sentiment scores are all over the place and nobody trusts them anymore
F - sarcastic | oh love that the outage email arrived after the outage ended
F - annoyed | i keep getting passed to a generic inbox
F - frustrated | honestly every support ticket feels like shouting into a void
F - annoyed | i booked this call to talk about the bug not to hear about new features
F - angry | we've had enough of the excuses quite frankly
F - frustrated | my supervisors have given up on the reports because they're always late
F - annoyed | it's the second invoice this year with the wrong seat count
F - frustrated | we're going in circles with your onboarding team
F - annoyed | Your team has not responded to any of my last three emails.
F - annoyed | cmon mate i've got customers waiting
F - frustrated | i'm the one getting grief from my boss every time it goes down
FU - stressed | the busy season starts monday and the queue display is still broken
FP - angry | you put the price up and the service got worse brilliant
D 0 neutral | our clinical director has to approve anything that touches patient calls
D 0 neutral | the store owners each decide for themselves so you'd need to pitch them
CD 0 neutral | i'll be presenting the shortlist to our exec team in two weeks
D 0 neutral | we need the works council's agreement before recording any calls
D 0 neutral | decisions like that get made a few floors above me
D 0 neutral | my other half has to agree before we spend anything like that
D 0 neutral | the tender panel does the scoring not me
D 0 neutral | let me get our head of finance on the next call so she hears it first hand
D 0 neutral | head office keeps a list of approved suppliers and only they can add you
D 0 neutral | I need sign-off from both the CTO and the CFO.
D - concerned | my boss has vetoed two tools like this already
DP - concerned | the finance director will knock that back at that price for sure
DH 0 hesitant | i'll float it with the partners but i wouldn't hold your breath
DR + happy | the board approved it this morning so we can get started
B 0 neutral | every team gets a tooling allowance and ours is pretty much spent
B - worried | we're waiting to hear if our funding gets renewed
B 0 neutral | the spend would sit under the new cx initiative budget
B 0 neutral | we can only buy through the framework agreement budget
B - worried | we're a bit skint after the office move honestly
B 0 neutral | they gave us a pot for digital projects this year about twenty k
B 0 neutral | finance releases money quarterly so it'd be from july
B - concerned | our budget was frozen after the merger announcement
B 0 neutral | Our annual allocation for contact-centre technology is fixed.
BU 0 neutral | there's a pot of underspend that has to be committed by the thirty first
BH 0 hesitant | i'd rather wait until we know what next year's budget looks like
PB - concerned | champagne pricing for a beer budget team that's us
PB - unimpressed | we're not made of money you know
P - concerned | that's a lot to stomach for a team of eight
P - concerned | the renewal's gone up thirty percent that's hard to swallow
P 0 neutral | if you can sharpen the per seat number we might get there
P - unimpressed | you'd want a lot of calls to make that pay for itself
P - concerned | honestly the price is the only thing stopping me
P - concerned | paying extra for the transcripts on top feels a bit cheeky
P 0 neutral | is the list price the final price or is there room
P - concerned | The uplift in the renewal quote is difficult for us to accept.
P - concerned | that number is more than we spend on all our software put together
PR 0 neutral | get me to twenty five a seat and i'll sign this afternoon
U - stressed | we've just won a big contract and need twenty new agents ready next week
U 0 neutral | the new clinic opens on the ninth and the phones have to work day one
U 0 neutral | can we fast track it we're kind of against the clock
U - stressed | we've got the inspection on thursday and no recordings to show
U 0 neutral | we need an answer from you by friday to keep our timeline
U 0 neutral | We need the system fully operational before the end of the financial year.
U - stressed | this has gone from nice to have to needed it last week
UD 0 neutral | the director wants a decision by end of week so we can start in june
X 0 confused | so the minutes are pooled or per agent i'm lost
X 0 confused | hold on what's a concurrent licence versus a named one
X 0 confused | sorry how does it know when to show the prompt
X 0 puzzled | the email said one thing and the contract says another which is it
X 0 confused | i don't get how the two products fit together
X 0 confused | can you unpack what you mean by conversation intelligence
X 0 confused | I'm unclear on how the renewal pricing is calculated.
X 0 confused | wait did i just agree to the add on or not
XP - confused | why is the renewal more than what we paid last year i don't understand
I + excited | ooh the auto tagging is exactly what my qa team has been begging for
I + happy | that's the bit that sells it for me honestly
I + happy | the supervisors would be all over this
I + excited | no way it does that automatically that's brilliant
I + happy | it's so much slicker than i expected
I + happy | honestly this could end up being the tool we live in all day
I + excited | stop it that's too good
I + happy | This would make a real difference to our quality scores.
IR + excited | i'm sold where do we go from here
IP 0 neutral | we really want it but the renewal price is a stretch
H 0 hesitant | the juice might not be worth the squeeze for us right now
H 0 hesitant | i'm not going to make a call on this today
H - skeptical | i'll believe it when i see it working on our calls
H 0 hesitant | we'll see how the pilot goes and take it from there
H 0 hesitant | i'd like to wait for the next version
H 0 hesitant | i'm on the fence to be honest
H 0 hesitant | It's not something we can commit to at this point.
H - skeptical | our agents hated the last ai thing so i'm wary
HC 0 hesitant | i'm not sure it's enough of a jump from what we've got to justify it
R + happy | right i'm happy let's get the agreement drawn up
R 0 neutral | send it over and i'll get our finance lead to countersign
R + happy | we're ready to go whenever you are
R 0 neutral | can you set up the account today so we can start tomorrow
R + happy | sod it let's just go for it
R 0 neutral | what's the easiest way to pay the first invoice
R 0 neutral | Please go ahead and prepare the order for 30 licences.
R + happy | done deal
RC + happy | ok we'll cancel the other lot and sign with you
0 0 neutral | we're a chain of dental clinics about fifteen sites
0 0 neutral | the renewal notice came through yesterday i just wanted to check the date
0 0 neutral | the invoices go to a shared mailbox i'll send you the address
0 0 neutral | the price went up a bit but that's fine inflation innit
0 0 neutral | my boss asked me to say thanks for the demo
0 0 neutral | we don't run any other call software at all
0 0 neutral | the directors are happy for me to handle this one
0 0 neutral | there's no budget issue at all on our side
0 0 curious | do you support two factor login
0 0 curious | can agents see their own scores
0 0 neutral | i'm just checking the seat count is right on the renewal
0 0 neutral | we've got a fire drill at two so i might drop off
0 0 neutral | honestly you're the only ones we've spoken to
0 0 neutral | is the price on the quote including the onboarding
0 0 neutral | the money isn't really the issue it's more about the rollout plan
0 + happy | we've been really happy with support this year
0 0 neutral | the test line has already been switched off
0 0 neutral | i'm not fussed about the other vendors
0 0 neutral | we'll need a purchase order number on the invoice
0 0 neutral | i'll forward you our supplier form
0 0 neutral | yeah i can make tuesday work
0 0 neutral | our agents take about a hundred calls each a day
0 + amused | sorry it's a bit echoey i'm in the stairwell
0 0 neutral | Please address the contract to our registered office.
0 0 neutral | I make the call on tools for my team.
0 0 curious | do you have any customers in healthcare
0 0 neutral | a new hire is shadowing me today so she might listen in
0 0 neutral | i know the price list is public no need to send it
0 0 neutral | honestly not stressed about timing
0 0 neutral | that's all clear nothing to add
0 0 neutral | okay
0 0 neutral | uh huh uh huh
0 0 neutral | can we move the call to three instead
"""

B5_EN_AGENT = """
0 0 neutral | your renewal comes to eighteen thousand for the year
0 0 neutral | the uplift reflects the new ai features added in the spring
0 0 curious | which other vendors made it into your tender
0 0 curious | who sits on the panel that scores the bids
0 0 neutral | i can put together a comparison against your current setup
0 0 curious | when is your budget for next year confirmed
0 0 neutral | we could phase the rollout to spread the cost
0 0 apologetic | i'm sorry you've had to chase us again on this
0 0 neutral | i've flagged it as a priority with the engineering lead
0 0 neutral | the discount is valid if we sign before the thirtieth
0 0 curious | is there anything stopping you from moving forward today
0 0 neutral | that works out at about two pounds per agent per day
0 + happy | great i'll get the agreement over in the next hour
0 0 neutral | you'll get admin access as soon as the order's processed
0 0 calm | i understand the budget cycle let's plan around it
0 0 neutral | the migration from dialpad takes about a week
0 0 neutral | we can join the call with your works council if useful
0 0 neutral | sorry to interrupt, can i just clarify the seat numbers
X 0 confused | sorry i'm confused was that thirty sites or thirty agents
0 0 neutral | the transcripts are kept for ninety days by default
0 0 neutral | i'll send over the security pack for your it team
0 0 calm | fair enough no hard feelings
"""

B5_FR = """
C 0 neutral | le renouvellement arrive avec la boîte qui gère notre standard
C 0 neutral | euh l'agence qui a monté notre crm nous a mis un enregistreur d'appels avec
C 0 neutral | toutes les agences sont sur le logiciel imposé par le réseau
C 0 neutral | un commercial d'une grosse plateforme américaine m'a appelé deux fois cette semaine
C 0 neutral | on passerait de la version gratuite d'un autre outil à chez vous
C 0 curious | j'ai lu des comparatifs avec dialpad vous en pensez quoi
C 0 neutral | on a lancé une consultation et on a quatre réponses dont la vôtre
C 0 neutral | notre équipe de nuit est sur le système du sous-traitant
C 0 neutral | on a un contrat avec orange pour les lignes et l'enregistrement
C - unimpressed | on paye déjà trois outils qui font doublon
C 0 neutral | j'ai suivi un webinaire d'un de vos concurrents hier
C 0 neutral | un cabinet de conseil propose de nous faire un tableau de bord sur mesure à la place
C 0 neutral | ceux chez qui on est nous ont fait une remise de fidélité pour qu'on reste
C 0 neutral | Notre prestataire actuel arrive en fin de contrat au troisième trimestre.
CP - unimpressed | le devis de dialpad c'était presque la moitié
CPD - concerned | si j'arrive chez mon boss avec un prix au-dessus de notre prestataire il va rigoler
CF - annoyed | on quitte notre fournisseur parce qu'ils décrochent jamais un comble
CH 0 hesitant | je me dis qu'on devrait peut-être d'abord mieux exploiter ce qu'on a
CU 0 neutral | nos licences actuelles tombent le premier donc il nous faut une relève
CI + happy | ça fait en un écran ce qui nous prend trois onglets dans notre outil actuel
F - annoyed | c'est exactement la même conversation que j'ai eue mardi avec votre collègue
F - frustrated | on nous a dit que la fonctionnalité était en ligne et elle est introuvable
F - angry | j'ai un plateau entier de conseillers qui peuvent pas se connecter là
F - annoyed | me dites pas encore de vider le cache
F - frustrated | les scores de sentiment partent dans tous les sens plus personne y croit
F - sarcastic | j'adore le mail d'incident reçu après la fin de l'incident
F - annoyed | on me renvoie toujours vers une adresse générique
F - frustrated | chaque ticket c'est comme crier dans le vide
F - annoyed | j'ai pris ce rendez-vous pour le bug pas pour écouter les nouveautés
F - angry | on en a soupé des excuses
F - annoyed | deuxième facture de l'année avec le mauvais nombre de postes
F - frustrated | on tourne en boucle avec votre équipe d'intégration
F - annoyed | Votre équipe n'a répondu à aucun de mes trois derniers courriels.
F - annoyed | allez quoi j'ai des clients qui attendent
F - frustrated | franchement on est à bout
F - frustrated | c'est moi qui me fais engueuler par mon chef à chaque panne
FU - stressed | la haute saison démarre lundi et l'affichage des files marche toujours pas
FP - angry | vous augmentez le prix et le service se dégrade bravo
D 0 neutral | le directeur médical doit valider tout ce qui touche aux appels patients
D 0 neutral | chaque franchisé décide pour lui donc faudra les convaincre un par un
CD 0 neutral | je présente la short list au comité de direction dans quinze jours
D 0 neutral | il nous faut l'avis du cse avant d'enregistrer les appels
D 0 neutral | ça me dépasse c'est pas à mon niveau
D 0 neutral | ma compagne est associée elle doit être d'accord avant une telle dépense
D 0 neutral | c'est la commission d'appel d'offres qui note pas moi
D 0 neutral | je fais venir notre directrice financière au prochain appel pour qu'elle entende ça directement
D 0 neutral | J'ai besoin de l'accord du DSI et du DAF.
D - concerned | mon chef a déjà mis son veto sur deux outils comme ça
DP - concerned | à ce prix-là le daf va retoquer le dossier c'est sûr
DH 0 hesitant | j'en parle aux associés mais je vous promets rien
DR + happy | le conseil a validé ce matin donc on peut démarrer
B 0 neutral | chaque équipe a une enveloppe outils et la nôtre est quasi vide
B - worried | on attend de savoir si notre financement est reconduit
B 0 neutral | la dépense irait sur le budget du nouveau projet relation client
B - worried | on est un peu raides depuis le déménagement
B 0 neutral | on nous a alloué une cagnotte pour le numérique environ vingt mille
B 0 neutral | la finance débloque l'argent par trimestre donc ce serait à partir de juillet
B - concerned | le budget a été gelé après l'annonce du rachat
B 0 neutral | Le montant consacré chaque année aux outils du plateau ne peut pas bouger.
BU 0 neutral | il reste un reliquat à engager avant le trente et un
BH 0 hesitant | je préfère attendre de connaître le budget de l'an prochain
P - unimpressed | vous nous prenez pour une vache à lait
P - concerned | faut pas pousser mémé dans les orties sur le tarif
P - concerned | le renouvellement a pris trente pour cent ça passe mal
P 0 neutral | si vous affinez le prix par poste on peut peut-être y arriver
P - concerned | franchement le prix c'est la seule chose qui me retient
P - concerned | payer les transcriptions en plus c'est un peu gonflé
P 0 neutral | le prix catalogue c'est le prix final ou y a de la marge
P - unimpressed | à ce tarif-là je m'achète une voiture d'occasion
P - concerned | ce montant c'est plus que tous nos logiciels réunis
PR 0 neutral | descendez à vingt-cinq le poste et je signe cet après-midi
U - stressed | on vient de gagner un gros marché il nous faut vingt conseillers opérationnels la semaine prochaine
U 0 neutral | la nouvelle clinique ouvre le neuf et les lignes doivent marcher dès le premier jour
U 0 neutral | on peut passer en accéléré on est un peu contre la montre
U - stressed | on a le contrôle jeudi et aucun enregistrement à montrer
U 0 neutral | il nous faut votre réponse vendredi pour tenir notre planning
U - stressed | c'est passé de sympa à avoir à indispensable pour la semaine dernière
UD 0 neutral | le directeur veut une décision d'ici la fin de semaine pour démarrer en juin
X 0 confused | les minutes sont mutualisées ou par conseiller je suis perdu
X 0 confused | attendez c'est quoi une licence simultanée par rapport à une nominative
X 0 confused | pardon comment il sait quand afficher la suggestion
X 0 puzzled | le mail dit une chose et le contrat une autre c'est lequel
X 0 confused | je vois pas comment les deux produits s'articulent
X 0 confused | attendez j'ai validé l'option ou pas là
XP - confused | pourquoi le renouvellement coûte plus que l'an dernier je comprends pas
I + excited | oh le classement automatique c'est ce que mon équipe qualité réclame
I + happy | c'est ce point-là qui me convainc franchement
I + happy | les superviseurs vont se jeter dessus
I + excited | non il fait ça tout seul c'est génial
I + happy | c'est beaucoup plus abouti que ce que j'imaginais
I + excited | arrêtez c'est trop bien
IR + excited | je suis conquis on fait comment maintenant
IP 0 neutral | on le veut vraiment mais le prix du renouvellement coince
H 0 hesitant | le jeu en vaut peut-être pas la chandelle pour l'instant
H 0 hesitant | je prendrai pas de décision aujourd'hui
H - skeptical | je demande à voir sur nos vrais appels
H 0 hesitant | on verra ce que donne le pilote
H 0 hesitant | je préfère attendre la prochaine version
H - skeptical | nos conseillers ont détesté le dernier outil d'ia donc je me méfie
HC 0 hesitant | pas sûr que ce soit assez mieux que ce qu'on a pour justifier le changement
R + happy | bon je suis d'accord préparez-nous le contrat
R 0 neutral | envoyez-le et je fais contresigner par notre daf
R + happy | on est prêts quand vous voulez
R 0 neutral | vous pouvez ouvrir le compte aujourd'hui qu'on démarre demain
R 0 neutral | comment on règle la première facture le plus simplement
R + happy | marché conclu
RC + happy | bon on résilie chez les autres et on signe chez vous
0 0 neutral | on est un réseau de cabinets dentaires une quinzaine de sites
0 0 neutral | j'ai reçu l'avis de renouvellement hier je voulais juste vérifier la date
0 0 neutral | envoyez la facture au service fournisseurs
0 0 neutral | le prix a un peu augmenté mais c'est normal avec l'inflation
0 0 neutral | mon chef m'a demandé de vous remercier pour la démo
0 0 neutral | on n'a aucun autre logiciel d'appel
0 0 neutral | la direction me laisse gérer ce dossier
0 0 curious | vous gérez la double authentification
0 0 curious | les conseillers voient leurs propres scores
0 0 neutral | je vérifie juste le nombre de postes sur le renouvellement
0 0 neutral | il y a un exercice incendie à quatorze heures je risque de couper
0 0 neutral | l'argent c'est pas vraiment le sujet c'est plutôt le plan de déploiement
0 + happy | on est très contents du support cette année
0 0 neutral | la ligne de test est déjà coupée
0 0 neutral | il nous faut un numéro de bon de commande sur la facture
0 0 neutral | je vous transfère notre fiche fournisseur
0 0 neutral | mardi en fin de matinée c'est jouable
0 + amused | pardon ça résonne je suis dans la cage d'escalier
0 0 neutral | C'est moi qui décide des outils pour mon équipe.
0 0 curious | vous travaillez déjà avec des cliniques
0 0 neutral | je sais que la grille est publique pas besoin de me l'envoyer
0 0 neutral | pas de stress côté calendrier
0 0 neutral | très bien je note
0 0 neutral | on peut décaler à quinze heures
0 0 neutral | on compare avec aucun autre éditeur
0 0 neutral | tout est clair rien à ajouter
"""

B5_FR_AGENT = """
0 0 neutral | votre renouvellement s'élève à dix-huit mille euros pour l'année
0 0 neutral | la hausse correspond aux nouvelles fonctions d'ia ajoutées au printemps
0 0 curious | quels autres éditeurs ont répondu à votre consultation
0 0 curious | qui siège dans la commission qui note les offres
0 0 neutral | je peux vous faire un comparatif avec votre solution actuelle
0 0 curious | votre budget de l'an prochain est confirmé quand
0 0 neutral | on peut phaser le déploiement pour étaler le coût
0 0 apologetic | désolé que vous ayez encore dû nous relancer
0 0 neutral | la remise tient si on signe avant le trente
0 0 curious | qu'est-ce qui vous empêche d'avancer aujourd'hui
0 0 neutral | ça revient à environ deux euros par conseiller et par jour
0 + happy | parfait je vous envoie le contrat dans l'heure
0 0 calm | je comprends le cycle budgétaire on va s'organiser autour
0 0 neutral | la migration depuis dialpad prend environ une semaine
0 0 neutral | on peut participer à la réunion avec votre cse si ça aide
X 0 confused | pardon je m'y perds c'était trente sites ou trente conseillers
0 0 neutral | les transcriptions sont conservées quatre-vingt-dix jours par défaut
0 0 neutral | je vous envoie le dossier sécurité pour votre dsi
0 0 calm | entendu aucun souci
0 0 neutral | vous aurez les accès admin dès que la commande est traitée
"""

B5_EN_2 = """
C 0 neutral | we inherited a phone setup from the company we acquired
C 0 neutral | the reseller who sold us our handsets also sells a recording add on
F - annoyed | it's been escalated so many times the ticket has its own birthday
F - frustrated | my agents are doing double entry because the sync keeps failing
D 0 neutral | the practice manager has the final say on new software
D 0 neutral | anything customer facing has to be cleared by our brand team
B 0 neutral | our spend gets reviewed by the bank every quarter so we keep it lean
P - concerned | honestly i'd struggle to look my team in the eye at that price
U 0 neutral | the merger completes on the first and we need one system by then
X 0 confused | does the ai replace the supervisor or just help them i'm not clear
H 0 hesitant | let's regroup after the summer holidays
I + happy | the multilingual side is a massive plus for us
R 0 neutral | can you add us to the onboarding cohort starting monday
0 0 neutral | our accountant pops in every quarter to do the books
0 0 neutral | i'm the practice manager by the way
"""

B5_FR_2 = """
C 0 neutral | on a récupéré la téléphonie de la société qu'on a rachetée
C 0 neutral | le revendeur de nos postes fixes vend aussi une option d'enregistrement
F - annoyed | le ticket a été escaladé tellement de fois qu'il va fêter son anniversaire
F - frustrated | mes conseillers ressaisissent tout parce que la synchro plante
D 0 neutral | la gérante du cabinet a le dernier mot sur les logiciels
D 0 neutral | tout ce qui touche au client doit passer par l'équipe marque
B 0 neutral | la banque regarde nos dépenses chaque trimestre donc on reste sobres
P - concerned | franchement j'oserais pas annoncer ce prix à mon équipe
U 0 neutral | la fusion est effective le premier il nous faut un seul système d'ici là
X 0 confused | l'ia remplace le superviseur ou elle l'aide c'est pas clair pour moi
H 0 hesitant | on refait un point après les vacances d'été
I + happy | le côté multilingue c'est un énorme plus pour nous
R 0 neutral | vous pouvez nous inscrire à la session d'onboarding de lundi
0 0 neutral | je suis la responsable du cabinet au fait
0 0 neutral | de toute façon on fait les comptes tous les trimestres
"""

BATCH4 = [(B4_EN, "en", "client"), (B4_EN_2, "en", "client"), (B4_EN_3, "en", "client"),
          (B4_EN_4, "en", "client"), (B4_EN_5, "en", "client"),
          (B4_EN_6, "en", "client"), (B4_EN_NEG, "en", "client"),
          (B4_EN_AGENT, "en", "agent"), (B4_EN_AGENT_2, "en", "agent"),
          (B4_FR, "fr", "client"), (B4_FR_2, "fr", "client"), (B4_FR_3, "fr", "client"), (B4_FR_4, "fr", "client"),
          (B4_FR_5, "fr", "client"), (B4_FR_NEG, "fr", "client"),
          (B4_FR_AGENT, "fr", "agent"), (B4_FR_AGENT_2, "fr", "agent")]
BATCH5 = [(B5_EN, "en", "client"), (B5_EN_2, "en", "client"), (B5_EN_AGENT, "en", "agent"),
          (B5_FR, "fr", "client"), (B5_FR_2, "fr", "client"), (B5_FR_AGENT, "fr", "agent")]


FILES = {"analyzer_callspeech_train2.jsonl": rows_of(BATCH4),
         "analyzer_callspeech_valid2.jsonl": rows_of(BATCH5)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_valid.jsonl",
        "analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
