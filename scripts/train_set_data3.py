"""Notation blocks of train_set.py (part 3 of 5): B2_EN, B2_EN_AGENT.

Kept apart so every file stays under 500 lines; train_set.py reads them."""

B2_EN = """
P - concerned | Look, I like it, but that price is a non-starter.
P - concerned | so um yeah we we kind of choked on the number when it came through
P - unimpressed | that's daylight robbery mate
P - concerned | i was hoping you'd say a number with one less digit
P 0 neutral | could you sharpen your pencil a bit on the price
P - concerned | it's a lot for a tool that sits on top of the phones we already pay for
P - concerned | the price is defintely higher then we'd like
PD - concerned | Honestly? It's more than I'd feel comfortable putting forward.
P 0 neutral | we were thinking more like a couple hundred not a couple thousand
P - concerned | bit rich for my blood if i'm being honest
P - concerned | the extra cost for the ai module kind of kills it for me
P - surprised | wait that's per agent oh wow that adds up fast
P 0 neutral | is that the best you can do on price
P - concerned | i'm struggling with the price point here
PB - concerned | that's loads more than we budgeted
P - concerned | um the per minute charges on top of the licence that's where it gets painful
P - unimpressed | for that kind of money i'd expect someone to come and do the job for us
P - concerned | not gonna lie the price made me flinch
P 0 neutral | the pricing seems a little ambitious for our size
P - concerned | youre pricing yourselves out of the small business market honestly
P - concerned | it's it's more than we pay for our whole phone system so yeah
CP - unimpressed | Dialpad quoted us almost forty percent less for the same seats.
CP - concerned | um the in house option would cost us a fraction of that
PH - hesitant | i'm not sure it's worth that kind of money to us
PR + happy | ok if you can shave ten percent off we'll sign today
P - concerned | so the thing is right we've looked at the numbers and um with the the per seat price and then the setup and the the call minutes on top it just it just doesn't add up for a team our size you know
P - concerned | its to pricey for us at the moment
P - concerned | honestly c'est cher the whole thing is a bit much
B 0 neutral | so we've got roughly eight thousand earmarked for this
B - worried | we're between funding rounds so money's pretty tight
B 0 neutral | any spend has to come out of the it budget and that's set every april
B - worried | the budget's been cut twice this year already
B 0 neutral | I think we'd be able to find around five hundred a month.
B 0 neutral | um the money for this would come from the regional office not us
B - worried | we literally have nothing left in the pot until the new year
B 0 neutral | we budget quarterly so the next window's in july
B 0 neutral | our budjet for new software is pretty modest
B 0 neutral | can we spread the cost across two finacial years
PB - concerned | it'd eat most of our annual tooling spend
B 0 neutral | the client reimburses us for tools so it'd be billed back to them
B - worried | headcount got frozen so i doubt new tools are getting funded
B 0 neutral | we've got some innovation money we could dip into
B 0 neutral | the budget's there it's more about timing
B 0 neutral | our funding comes from the council so there's a fixed amount per year
B - worried | honestly after the refit there's not much money left for anything
B 0 neutral | we're bootstrapped so it comes straight out of revenue
BD 0 neutral | anything over a grand and i need the md to sign the cheque
BH 0 hesitant | i don't know if we can justify it in this year's budget
BR + happy | the money's approved so we can go ahead whenever you're ready
B - worried | ok so full transparency our budget got slashed in the summer and we're kind of scraping by with what we've got so i don't even know if there's room for anything new this year
B 0 neutral | our budegt is around 5k for the year
B 0 neutral | our budget is like un peu limité this year you know
C 0 neutral | we're halfway through a trial with another platform
C 0 neutral | um to be fair we're pretty happy with five9 at the moment
C 0 curious | so what's the difference between you and the big guys
CD 0 neutral | Our IT director wants to see how you compare to Genesys.
C 0 neutral | we built our own little script for this years ago
C 0 neutral | we used to be with vonage
C 0 curious | can you do what avoma does with the summaries
C 0 neutral | we're getting a couple of other quotes just to benchmark
C 0 neutral | honestly our current provider just offered us a big discount to stay
C 0 neutral | the guy from the other company said they could do it in a week
C 0 neutral | we're locked in with our current supplier til september
CH 0 hesitant | were kinda leaning toward the other option to be honest
C 0 neutral | a friend recommended cloudtalk so we're looking at them too
C 0 neutral | everyone in our industry seems to use the same old system
C 0 neutral | we'd probably keep our existing dialer and just add something on top
C - unimpressed | the other demo we saw was honestly a lot slicker
C 0 neutral | microsoft teams does calling for us already
CU 0 neutral | our current tool gets switched off at the end of the month so we need a replacement fast
CF - annoyed | we're sick of our current vendor's outages that's why we're here
CI + excited | honestly this blows the other two we looked at out of the water
CD 0 neutral | my boss wants us to stick with the current provider unless there's a really good reason
C 0 neutral | i'll have to compare this with the other proposal on my desk
C 0 neutral | were currently useing a diffrent system for call tracking
U - stressed | we're going live on the third and we still don't have anything in place
U 0 neutral | we need this before our peak which starts mid november
U - stressed | honestly we're up against the wall timewise
U 0 neutral | we need a decision this week really
U 0 curious | can you guys do same day setup
U - stressed | the new team starts monday so there's no time to waste
U 0 neutral | We need to be compliant by the end of Q1, no exceptions.
U 0 neutral | if we sign today how fast could we actually be live
U - worried | our old system is being decommissioned in ten days
U 0 neutral | we're on a tight timeframe for this one
U 0 neutral | i need it in place before i go on leave at the end of the month
U - stressed | um it's kind of urgent urgent you know
U 0 neutral | we wanna have it running before the sales kickoff in january
U 0 neutral | the sooner we can start the better tbh
U - stressed | were already behind schedule on this
U 0 curious | whats the fastest turnaround you've ever done
U 0 neutral | we've got a launch date locked in for the 1st so timing is everything
U - stressed | i need an answer today not next week
UF - frustrated | we've lost two weeks already because of the delays and the deadline hasn't moved
UH 0 hesitant | we do need something soon but i'm not sure this is it
U - stressed | so we've got the new contact centre opening in like three weeks and we still need to get forty people trained on whatever we pick so it's um it's pretty tight
U 0 neutral | we have to be up and runing before the end of next weeek
D 0 neutral | i'll need to get this in front of our finance committee
D 0 neutral | so uh my manager's the one who'll actually sign
D 0 neutral | the decision sits with head office in lyon
D 0 neutral | I'll take it to the partners' meeting on Thursday.
D 0 neutral | um our ops director will want a proper business case
D 0 neutral | we need the it team's blessing before anything
D 0 neutral | i have to get my vp's sign off its company policy
D 0 neutral | our compliance team has to review any tool that records calls
D 0 neutral | i'm not the decision maker here i just do the research
D 0 neutral | my boss is away till monday so nothing happens before then
D 0 neutral | can you put it in a one pager i can forward to my director
D 0 neutral | it'll need to go up the chain
D 0 neutral | the gm has final say on all vendor stuff
D 0 neutral | i'd have to convince my partner and she's tougher than me
D 0 neutral | our group procurement would have to onboard you as a supplier
D 0 neutral | theres a whole approval process on our end
DU 0 neutral | if i can get my director to approve it this week we can still make the deadline
DH 0 hesitant | i'm not sure my boss will go for it honestly
DP - concerned | my director will laugh at that number
HD 0 hesitant | yeah look i like what i'm seeing but um i'd want to take it back to the team and to my boss and honestly just sit with it for a bit before we go anywhere
D 0 neutral | i need to aks my manager first
D 0 neutral | i have to check with le patron first
X 0 confused | sorry is a seat the same thing as a licence or
X 0 confused | i'm a bit lost how does the ai know what to suggest
X 0 confused | hang on hang on you're going too fast for me
X 0 confused | can you run that by me again
X 0 puzzled | I'm not sure I understood the bit about overage charges.
X 0 confused | so is it a plugin or a separate app i don't get it
X 0 confused | what do you mean by sentiment scoring
X 0 confused | sorry i'm not very techy can you explain that differently
X 0 puzzled | um wait i'm confused who owns the data then
X 0 confused | that doesn't make sense to me if it's unlimited why is there a cap
X 0 confused | which plan were we talking about again
X 0 confused | im not sure what your asking sorry
X 0 confused | so do i need to buy new headsets or not im confused
X 0 confused | you said two different prices earlier which one is it
X 0 puzzled | huh
X 0 confused | what's an sdr seat sorry
X 0 confused | i think i'm missing something here
XF - frustrated | every person i talk to explains it differently i have no clue what we're actually getting
XH 0 hesitant | i'm not sure i understand it well enough to say yes
X 0 confused | sorry i didnt understnad the last part
I + excited | oh now that's clever i love that
I + happy | this is exactly the thing i pitched internally last year
IU + excited | it's brilliant and frankly we needed it last month
I + happy | yeah the reporting side is a big yes from me
I + happy | I can't wait to show this to the team.
I + excited | this is honestly the coolest thing we've seen in ages
I + happy | the transcripts are spot on wow
I + happy | that's going to save us hours every week
I + excited | oh sweet it does the follow up emails too
I + happy | it's like you built this for us specifically
I + happy | this is what we've been begging for for years
I + happy | our agents are going to love not taking notes anymore
I + happy | i'm really really keen on the coaching bit
I + happy | okay i'm officially a fan
I + happy | this is super super useful
I + happy | i'd be gutted if we didn't get this
I + excited | honestly yes yes yes
I + happy | its excactly what our managers have been asking for
IR + excited | love it let's get the contract going
IH + happy | i really love it i just need to be sure we can roll it out properly
I + happy | the live prompts are amazng honestly
H 0 hesitant | i dunno it's a lot to change for the team right now
H 0 hesitant | we're probably going to wait and see how the year goes
H 0 hesitant | I'm not fully convinced yet, to be honest.
H 0 hesitant | can i get back to you after i've had a proper think
H - skeptical | it looks good in a demo but they all do
H 0 hesitant | um let me have a look at our priorities first
H 0 hesitant | we're not quite at the point of buying anything
H 0 hesitant | i'm not saying no i'm just not saying yes either
H - skeptical | i'm not sure we'd get our money's worth
H 0 hesitant | it's on the maybe pile for now
H 0 hesitant | i'm in two minds about it
H 0 neutral | let's touch base again in the new year
H 0 hesitant | send me some info and i'll have a look when i can
H 0 hesitant | hmm not sure not sure
H - skeptical | i'd need to see some proof it actually works for teams like ours
H 0 hesitant | we've got a lot on our plate so maybe not right now
H 0 hesitant | i want to like it but something's holding me back
H 0 hesitant | honestly i cant make up my mind
HP - hesitant | the price is one thing but mostly i'm not sure we need it
H - sarcastic | sure because the last ai tool worked out so well for us
H 0 hesitant | not sure yet, need to think abuot it
F - angry | i've been transferred three times already just to get an answer
F - annoyed | you said that last time and nothing changed
F - frustrated | the integration still isn't working and it's been a month
F - annoyed | i don't have time for this honestly
F - angry | this is unacceptable we have customers waiting
F - frustrated | we keep hitting the same wall with your support team
F - annoyed | Why does every call with you turn into an upsell?
F - annoyed | i really wish someone would just listen
F - frustrated | god this is so frustrating
F - annoyed | enough with the follow up calls please
F - angry | you people never deliver on time
F - frustrated | we've lost data twice now this is a joke
F - annoyed | i'm done chasing your team for updates
F - annoyed | every single ticket gets closed without a fix
F - frustrated | ive had it up to here with the login issues
F - annoyed | not impressed at all with how this has been handled
F - angry | i want to speak to someone senior right now
F - sarcastic | oh great the system's down again what a surprise
FC - annoyed | we left our last provider for exactly this reason and now it's happening again
F - frustrated | look i've been on the phone with your support like every day this week and each time it's a different person and a different answer and nothing actually gets fixed
F - annoyed | this is the thrid time i've asked for an update
R + happy | alright send it over and i'll get it signed
R + happy | yeah let's make it happen
R 0 neutral | what's the process to get started from here
R + happy | we're happy to go ahead with the twenty seat package
R 0 neutral | can you raise the po on your end or do i need to
R + happy | cool, let's book the kickoff then
R + happy | i'm ready when you are
R 0 neutral | Please send the final contract to me and our office manager.
R + happy | we're in let's get moving on it
R 0 neutral | what card details do you need to set up billing
R + happy | go for it
R + happy | lets do the yearly one and get it sorted
R + happy | honestly just send me the link and i'll pay now
R 0 neutral | if the contract's in my inbox by tomorrow i'll countersign it
R + happy | ok you've got yourself a customer
R + happy | put us down for the pilot starting the 1st
R 0 neutral | whats the next step to make this official
BR 0 neutral | it fits our budget so let's go with it
DR + happy | my director just gave me the green light so send the paperwork
UR + happy | let's sign now so we're ready before the launch
IR + happy | this is great lets get it going
R + happy | ok yeah you know what let's just do it send me whatever i need to sign
R 0 neutral | can you send the agreemnt over today
R + happy | ok bon let's do it send the contract
0 0 neutral | hi yeah sorry i'm running a couple of minutes late
0 0 neutral | can i just check who else is on the call
0 0 neutral | we're a team of about forty in customer success
0 0 curious | does it work with softphones or just desk phones
0 + calm | the cost is fine for us honestly
0 0 calm | we're not under any time pressure
0 0 neutral | no no i can sign off on this myself
0 0 neutral | ok yep that all adds up
0 0 neutral | we're not using anything else right now it's all manual
0 0 curious | what happens if an agent leaves do we lose the seat
0 0 neutral | yeah that's clear
0 0 neutral | um our calls are mostly about ten minutes long
0 0 curious | can it flag calls for the supervisor
0 0 calm | i'm not against it at all just asking questions
0 0 neutral | sorry someone just walked in carry on
0 0 curious | do you have a uk number we can call for support
0 0 neutral | yep
0 0 neutral | ok
0 0 neutral | uh huh
0 0 calm | I'm actually not worried about the price at all.
0 0 neutral | we're not comparing you to anyone we just want to understand it
0 + happy | oh nice to meet you too
0 0 neutral | my colleague tom is on the line as well
0 0 neutral | its not that complicated i get it
0 0 curious | does the summary go into the ticket automatically
0 0 neutral | we're in the insurance space so compliance matters
0 0 curious | how do you handle gdpr requests
0 0 curious | what's the uptime like
0 0 neutral | we tend to hire a lot of temps in december
0 0 neutral | could you email me the recording of this demo
0 0 neutral | i'll be the main point of contact on our side
0 0 calm | not in a hurry at all honestly
0 0 neutral | we don't need approval from anyone for tools under that amount
0 0 neutral | no that's all my questions for now
0 0 neutral | let me just mute myself for a sec
0 0 neutral | sorry you were saying
0 0 neutral | it's actually less than what we thought it'd be
0 0 neutral | we've never used anything like this before
0 0 neutral | the team's mostly remote these days
0 0 curious | do you do training sessions or is it all videos
0 0 neutral | interesting
0 0 neutral | we moved offices last month so bear with me on the wifi
0 0 calm | dont worry none of this is aimed at you
0 0 neutral | the calls are in french and english mostly
0 0 curious | how long does the data get kept for
0 0 neutral | sure thursday works
0 0 neutral | ok so that was the analytics part what's next
0 0 neutral | we've got a fairly standard setup nothing fancy
0 0 calm | i'm not in a rush so take your time explaining
0 + amused | haha fair point
0 0 neutral | we'll have around ten managers using the reporting
0 0 curious | is there a mobile app
0 0 neutral | alright
0 0 neutral | can you spell the name of the product for me
0 0 neutral | we use jabra headsets if that matters
0 0 neutral | nah it's fine the price is what i expected
0 0 neutral | we don't really have a deadline as such
"""

B2_EN_AGENT = """
0 0 neutral | so um for a team your size it'd be around eleven hundred a month
0 0 curious | what are you hoping to get out of this
0 0 neutral | is there anyone else who should see the demo
0 0 calm | i totally get that it's a big investment
0 0 neutral | we can set up a pilot if that helps
0 0 neutral | who holds the budget for this kind of purchase
0 0 curious | how are you comparing the options you're looking at
0 + confident | we're usually live within a week
0 0 neutral | do you want me to send the order form now
0 0 apologetic | sorry about that, the screen froze on my side
0 0 neutral | let me pull up the pricing sheet
0 0 calm | that's a fair question honestly
0 0 curious | are you happy with your current setup
0 0 neutral | is cost the main thing holding you back
0 + happy | brilliant really appreciate you giving us the hour
0 0 neutral | i'll loop in our solutions engineer for the technical bits
0 0 neutral | our price includes the phone numbers and support
0 0 apologetic | i'm sorry it's been such a hassle
0 0 neutral | uh so the the next step would be a short security questionnaire
0 0 curious | what does your timeline look like
0 0 neutral | we can lock in this price if you sign before the end of the month
0 0 neutral | does that answer your question
0 0 neutral | many teams start small and grow from there
0 0 neutral | i'll put that in writing for you
0 0 curious | can i ask what you pay today
X 0 confused | sorry i'm a bit lost which system are you on now
0 0 neutral | so you mentioned the audit what date is that exactly
0 + happy | great i'll get the paperwork over today
"""
