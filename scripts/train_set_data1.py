"""Notation blocks of train_set.py (part 1 of 5): B1_EN, B1_EN_AGENT.

Kept apart so every file stays under 500 lines; train_set.py reads them."""

# Batch 1
B1_EN = """
P - concerned | um yeah that's that's a lot of money for what's basically a dialer
P - surprised | whoa okay i was not expecting a number with that many zeros
P - unimpressed | honestly at that price i'd want it to make the coffee too
P 0 calm | if i'm honest we'd pencilled in about half of that
P - concerned | so uh the the per seat cost is kind of a deal breaker for us
P - concerned | I'll be honest, the quote made me wince a little.
P - concerned | thats a steep ask for a ten persn team
P - unimpressed | fifty bucks a user a month you've gotta be kidding me
P 0 neutral | if you could knock a bit off the monthly fee that'd make this a lot easier
P - concerned | its a bit on the pricey side for us tbh
P - concerned | that's not exactly pocket change is it
P - concerned | hmm and the setup fee on top of that like that's a tough pill to swallow
P - concerned | i mean for the price of this i could hire another part timer
P - worried | yeah the number's the number and it's it's just too high
P - concerned | Hard to justify that kind of spend for a pilot, to be honest.
P 0 neutral | any chance of a discount there cause that figure's a stretch
P - concerned | thats quite expesive compared to what we had in mind
P - surprised | sorry how much per month did you say oof
P - concerned | we'd be paying more for this than for our entire crm
P - unimpressed | you guys aren't cheap are you
P 0 neutral | the premium tier is a bit out of reach price wise
P - concerned | ya know for a startup like us that price is kinda brutal
B - worried | we've um we've basically spent this year's budget already
B 0 neutral | We've got about fifteen grand set aside for the whole project.
B - worried | money's tight since we lost that big client in the spring
B 0 neutral | the budget for tools gets set in january so we'd be looking at that cycle
B 0 neutral | uh who'd pay for this would it come out of it or out of ops
B 0 neutral | we're grant funded so anything we buy has to fit the grant terms
B - worried | honestly we're running on fumes financially right now
B 0 neutral | our spending cap for software is like two k a month across everything
B 0 neutral | The money would have to come out of the marketing budget, which is already stretched.
B 0 neutral | we'd need to find the funding for it first
B - concerned | there's a spending freeze till the end of the quarter
B 0 neutral | so our fiscal year starts in april that's when the new money lands
BU 0 neutral | we have a bit of leftover budget we need to use before december
B - worried | we're a nonprofit so every penny counts you know
B 0 neutral | we can probably stretch to around three hundred a month
B 0 neutral | i'd have to see if there's anything left in the training budget
B - worried | cash flow is a bit of a problem at the momment
B 0 neutral | our allocation for this line is fixed there's no wiggle room
B 0 neutral | we dont have a set budjet for this yet
B 0 neutral | it'd be coming out of our own pocket since it's just me and my partner
BD 0 neutral | the parent company holds the purse strings on anything like this
C 0 neutral | we're currently on ringcentral and it's um it's ok i guess
C 0 neutral | we've got a demo booked with another vendor next tuesday
C 0 neutral | uh our dev team reckons they could build something like this in house
C 0 curious | So how do you stack up against Gong?
C 0 neutral | the sales guys are using a free chrome extension for this right now
C 0 neutral | We've shortlisted you and two others.
C 0 neutral | we tried chorus a while back, didnt really stick
C - unimpressed | honestly the tool we already have does like ninety percent of this
C 0 neutral | i've got a proposal from another agency sitting in my inbox
C 0 neutral | what would make us switch from zendesk talk though
C 0 neutral | were also looking at freshcaller just so you know
C 0 neutral | we kind of cobbled something together with zapier and google sheets
C 0 neutral | our sister company uses one of your competitors and swears by it
C 0 neutral | last year we ran a pilot with a different provider
CP - unimpressed | aircall gave us the same thing for like two thirds of the price
CP - concerned | we pay half that with our current provider so it's a hard sell
CU 0 neutral | our contract with the current vendor auto renews on the fifteenth so we'd have to move before that
C 0 neutral | I need to compare your offer with the one we got from Talkdesk.
CF - annoyed | we're only looking because our current provider keeps dropping calls
C 0 neutral | uh the thing is microsoft already bundles something similar in our licence
C 0 curious | what does your tool do that salesloft doesn't
U - stressed | we have the audit in march so this needs to be live before then
U 0 neutral | Ideally we'd want to be up and running by the first of the month.
U - stressed | honestly it's kind of a fire drill over here we need it asap
U 0 neutral | black friday is six weeks away so the clock's ticking
U - stressed | um we're we're really pressed for time on this one
U 0 neutral | if it can't be done before the holidays it's not much use to us
U 0 neutral | Our new hires start on the 12th and they need the tool from day one.
U - worried | the regulator wants call recording in place by q2 so there's no slack
U 0 neutral | how fast can you turn the onbaording around
U 0 neutral | we'd need it like last week to be honest
U - stressed | my boss wants this sorted by end of week
U 0 neutral | can we do a go live before the end of the quarter
U 0 neutral | the timeline's pretty tight we open the new site in three weeks
U - stressed | every week without this we're losing leads
U 0 neutral | we'd need the integration done in time for the campaign launch
U 0 neutral | is there an express onboarding option cause we're kind of in a hurry
U 0 neutral | we need to get this done before our busy season kicks in in may
U - stressed | the deadline isn't moving so neither can we
U 0 neutral | Time is of the essence here.
UD 0 neutral | it has to be approved before the board meets on the 20th
D 0 neutral | I'd have to run it past our head of ops first.
D 0 neutral | uh at the end of the day it's it's the ceo's call
DC 0 neutral | procurement has to get three quotes before anything gets signed
D 0 neutral | legal will want to go through the dpa before we commit
D 0 neutral | I'm just gathering info, my manager makes the final call.
D 0 neutral | my co founder needs to be on board too
D 0 neutral | this'll have to go through our it security review
BD 0 neutral | any contract over ten k needs sign off from the finance director
BD 0 neutral | let me loop in sarah she owns the budget for this
D 0 neutral | i can recommend it but i can't sign it
D 0 neutral | the owners are pretty hands on so they'll want to see it themselves
D 0 neutral | we'd need the regional director to give it the thumbs up
D 0 neutral | could you do the demo again for my boss next week
D 0 neutral | its not up to me unfortunatly
D 0 neutral | the board has too approve any new vendor
D 0 neutral | um i'll have to check with the powers that be
D 0 neutral | our purchasing department handles all of that side
D 0 neutral | the head of customer service is the one you really need to convince
D - concerned | honestly my hands are tied until my director weighs in
DH 0 hesitant | i'm not sure yet and anyway i'd need to talk to my business partner
X 0 confused | sorry i'm not sure i understand the difference between the two plans
X 0 confused | wait so is the ai thing included or is that extra
X 0 confused | um you lost me at the the routing part
X 0 confused | Could you go over the seat thing one more time?
X 0 puzzled | so hang on what exactly am i paying for each month
X 0 confused | concurent users i dont get that bit
X 0 confused | sorry can you say that again the line's a bit choppy
X 0 puzzled | im a bit lost with all the acronyms tbh
X 0 confused | how does that fit with what we already have i'm not following
X 0 confused | uh what's the difference between a workspace and a team again
X 0 confused | that's a lot of jargon can you put it in plain english
X 0 confused | wait does the price include the phone numbers or not
X 0 confused | I'm confused, is it monthly or annual billing?
X 0 puzzled | sorry which bit is the integration and which bit is your product
X 0 confused | so what happens to our old recordings i don't quite get it
X 0 confused | hmm the scoring thing went over my head how does it work
X 0 confused | Sorry, I think I missed something. Who sets up the numbers?
X 0 confused | ok you're gonna have to explain that like i'm five
X 0 confused | wait what does that actually mean for my team day to day
XF - frustrated | i've read your pricing page three times and i still can't make sense of it
I + excited | oh that's that's brilliant that's exactly the bit we've been missing
I + happy | honestly the live coaching thing is the best thing i've seen all year
I + excited | wow ok yeah i want that
I + happy | the team is going to go nuts for this
I + happy | This solves literally our biggest headache.
I + excited | oh my god the auto summary is amazing
I + happy | I'm really impressed with how simple it is!
I + happy | yeah we'd definitely use that every single day
I + excited | ok you had me at the crm sync
CI + happy | this is so much better than what we've got now
I + happy | thats realy cool i like it alot
I + happy | i can already see my reps loving this
I + excited | that's a huge win for us honestly
I + happy | this ticks every box on our list
I + happy | i'm genuinely excited about this
I + happy | love how clean the interfce is
I + happy | that feature alone would pay for itself
IR + excited | this is perfect how soon can we get going
IU + excited | we love it we just need it before the summer rush
I + happy | yes yes that's exactly how we work
H 0 hesitant | um i'm i'm not sure we're quite there yet
H 0 hesitant | let me chew on it over the weekend
H 0 hesitant | i don't know committing to this feels like a big step
H 0 neutral | We'll probably hold off until we've finished the migration.
H 0 hesitant | i can see it's a good product i'm just not sure it's for us
H 0 hesitant | honestly i'm still sitting on the fence
H - skeptical | i'm not convinced my team will actually use it
H 0 hesitant | honestly the cost is fine it's the payoff i can't picture yet
H 0 hesitant | Let's put a pin in it for now.
H 0 neutral | we'll see maybe after the summer
H - skeptical | i'm not sure the roi numbers you're quoting are realistic
H 0 hesitant | we're not ready to commit just yet
H 0 hesitant | i need a bit more time too think it through
H 0 hesitant | hmm maybe i dunno
HC 0 hesitant | i'm not sure its worth the hassle of switching
H 0 neutral | can we revisit this in a couple of months
H 0 hesitant | part of me likes it part of me thinks we don't need it
H 0 hesitant | sounds nice on paper but i'd want to see it in action first
H - skeptical | i've heard these promises before to be honest
H 0 hesitant | i'm kinda lukewarm on it right now
HB 0 hesitant | maybe next year when we've got more budget
HP - hesitant | it's a lot of money and i'm not sure we'd use half of it
H - sarcastic | oh wonderful another dashboard for my team to ignore
F - annoyed | four calls now same bloody issue every time
F - angry | look i've had enough of being passed from one person to the next
F - frustrated | your onboarding has been a total mess from day one
F - annoyed | stop sending me emails every two days please
F - frustrated | um we've been waiting three weeks for someone to fix the export
F - angry | this is ridiculous we're paying for something that doesn't work
F - annoyed | I really don't appreciate being chased like this.
F - frustrated | every time you push an update something else breaks
F - annoyed | i'm tired of repeating myself honestly
F - angry | seriously what am i even paying you for
F - frustrated | its the same problem again and again and again
F - annoyed | yeah no i'm not in the mood for another sales pitch
F - frustrated | we were promissed this would be fixed last month
F - annoyed | You guys are impossible to get hold of.
F - angry | i'm about this close to cancelling
F - frustrated | the app crashed in the middle of a call with a customer again
F - annoyed | ugh not this again
F - frustrated | nobody on your side seems to know what the other hand is doing
F - annoyed | this whole process has been painfully slow
FX - frustrated | i have no idea what this invoice is for and nobody can tell me
F - sarcastic | yeah sure because what we really need is more notifications
R + happy | ok let's go ahead send me the order form
R + happy | right you've sold me where do we sign
R 0 neutral | can you put together the contract for fifteen seats
R + happy | if you can get the paperwork to us by thursday we'll sign friday
R 0 neutral | What paperwork do you need on our end to open the account?
R + happy | yep count us in we're moving ahead
R + happy | let's lock it in
R 0 neutral | send the invoice to accounts and we'll get it paid
R + happy | great can we kick off onboarding next monday
R + happy | we'll take the anual plan
R 0 neutral | who do i send the signed copy back to
R + happy | alright alright let's do this
R + happy | yeah go on then put us down for it
R 0 neutral | Could you send me a DocuSign link?
R + happy | deal
R + happy | okay we're on board, what are the next steps
R 0 neutral | we'd like to start with the team plan and scale up later
R + happy | consider it done i'll sign tonight
BR 0 neutral | we can do the three hundred a month so let's go
DR 0 neutral | as soon as my boss signs off we're good to go
PD - concerned | it's pricey and i'd still have to sell it to my boss
PU - stressed | we need it fast but not at that price
PB - worried | that's well beyond what we've got to spend
CH 0 hesitant | i'm not sure we'd gain much over what we've got now
FU - frustrated | we've been waiting for weeks and we go live on monday
UR + happy | let's sign today so we can start before the deadline
IP 0 neutral | i love it i really do but the price is just too high
HD 0 hesitant | let me sleep on it and talk it over with my director
BD 0 neutral | the cfo holds the budget so it's really her decision
XH 0 confused | i don't really get how it'd help us so i'm not sure
0 0 neutral | yeah hi can you hear me ok
0 0 neutral | sorry my dog's barking one sec
0 0 neutral | we've got about sixty agents spread over two sites
0 0 neutral | um do you integrate with our crm
0 0 neutral | where do the call recordings actually get stored
0 0 neutral | we've got no quarrel with the pricing
0 0 neutral | honestly cost is not the issue here
0 0 calm | no rush at all we're just exploring
0 0 neutral | i make the decisions around here so it's just me
0 0 neutral | nope that's all clear thanks
0 + amused | ha yeah mondays am i right
0 0 neutral | we mostly do outbound for renewals
0 0 neutral | can you show me the reporting screen again
0 0 neutral | it's cheaper than i expected actually
0 0 neutral | we don't use anything for this at the moment
0 0 neutral | there's no real deadline we're just planning ahead
0 0 neutral | sure go ahead
0 0 neutral | mm hmm
0 0 neutral | right ok
0 0 curious | What kind of support do you offer on weekends?
0 0 neutral | Is the data hosted in the EU?
0 0 neutral | i'm not confused just making sure i heard right
0 0 neutral | we'd be about twenty users at the start
0 0 neutral | uh sorry i'm driving so i might cut out
0 + happy | thanks that was really helpful
0 0 neutral | can you send me the slides after the call
0 0 neutral | we're a mid sized logistics firm about three hundred people
0 0 neutral | i'm the head of support so i look after the agents
0 0 neutral | whats the minimum contract length
0 0 curious | do u have a free trial
0 0 neutral | our agents work in english and spanish
0 0 neutral | okay got it per user per month
0 0 calm | i'm not annoyed at you it's just been a long day
0 + amused | yeah the weather's been awful here too
0 0 neutral | we don't have any approval process it's just me
0 0 neutral | it's not urgent but it's on the list
0 0 neutral | that's fair enough
0 0 neutral | i think that answers my question
0 0 neutral | can you remind me of your name sorry
0 0 neutral | we handle mostly billing questions on the phone, some tech stuff
0 0 neutral | we're not looking at anyone else you're the only one
0 0 neutral | our team lead will join in five minutes
0 0 curious | So the dashboard updates in real time?
0 0 neutral | cool cool
0 0 neutral | what does the setup look like on our side
0 0 neutral | we work nine to five mostly
0 0 curious | How many languages does the transcription support?
0 + calm | The price seems fair for what you get.
0 + happy | ha no worries at all
0 0 neutral | it isn't that i don't understand, i just want it in writing
0 0 calm | we're not in a rush, q3 is fine
0 0 neutral | um let me just grab a pen
0 0 neutral | yeah that's what i thought
0 0 neutral | can you share your screen again
0 0 neutral | we had an issue with the old phones but that's sorted now
0 0 curious | so how many customers do you have in our sector
0 0 neutral | recieved your email this morning by the way
0 0 neutral | our supervisers mostly work from the office
"""

B1_EN_AGENT = """
0 0 neutral | so the standard plan comes in at thirty nine per user per month
0 0 calm | totally understand, let me walk you through it again
0 0 neutral | do you have a rough budget you're working with
0 0 neutral | who else would be involved in signing this off
0 0 curious | what are you using today for call recording
0 0 neutral | is there a date you need this live by
0 + confident | a lot of our customers came over from the bigger players
0 + happy | i'll send the contract over this afternoon
0 0 apologetic | i'm really sorry about the wait you've had
0 0 neutral | just to check you said sixty seats right
0 + happy | that's great to hear
0 0 neutral | um so basically the the ai listens and suggests replies
0 0 neutral | we can do ten percent off on the annual plan
0 0 neutral | would it help if i joined a call with your cfo
0 0 calm | no pressure at all take your time
0 0 calm | i hear you on price let me see what i can do
0 0 curious | how does your team handle escalations today
0 + confident | honestly we usually come in cheaper than what people pay now
0 0 neutral | shall i book a follow up for next thursday
0 0 neutral | so uh yeah that's pretty much the tour
0 0 calm | I understand it's a big decision.
0 0 neutral | our onboarding usually takes about two weeks
0 0 curious | what would make this a no brainer for you
0 0 neutral | the contract is twelve months with a thirty day notice
0 0 neutral | let me know if anything is unclear
X 0 confused | sorry i didn't quite get that did you say fifteen or fifty agents
0 0 neutral | is the end of march a hard deadline for you
0 0 calm | we've had a lot of clients who were worried about cost at first
F - frustrated | honestly i'm frustrated too we've escalated this twice on our side
"""
