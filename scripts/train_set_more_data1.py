"""Notation blocks of train_set_more.py (part 1 of 5): B4_EN, B4_EN_2, B4_EN_3.

Kept apart so every file stays under 500 lines; train_set_more.py reads them."""

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
