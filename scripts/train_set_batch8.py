"""Writes batch 8 of the analyzer's call-speech training data:
tests/data/analyzer_callspeech_train4.jsonl (English blocks here; the French blocks
in scripts/train_set_batch8b.py). New situations (law firms, vineyards, airlines,
shipping lines, building sites, hotel chains, sports clubs, gyms, estate agencies,
insurance brokers, hospital lines, universities, family businesses), not paraphrases
of earlier batches. Written without reading the playbook's cue lists, as a customer
would speak; validation 3 was read for the kinds of failure only, and none of its
lines was copied or paraphrased (lines drafted before that reading and found close to
one of its lines were dropped). Same notation and checks as
scripts/train_set_batch7.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans
on decision_maker in many words (someone else decides, approves, signs, vetoes, must
be convinced or shown it, has the final say, holds the purse strings: partners,
boards, committees, owners, a co-owning spouse, head office, procurement, a client
whose line it is), often with a second signal (budget, urgency, closing readiness,
confusion, hesitation, price objection, competitor); on hard negatives (small-talk
complaints, tools that are no rival vendor, the speaker's own competitors, neutral
price, invoice and payment questions, a boss merely mentioned, "I decide", prices
of other things that squeeze the buyer's money); and on competitor and frustration
in indirect wordings. Conventions (those of scripts/train_set_batch6.py):
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; the speaker's own business rivals are 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto over
    this purchase (or must be asked, convinced, shown it or waited for); a boss
    merely mentioned is 0, and so are "I decide" / "I'm the one who signs".
  - B: the buyer's own money; P: this offer's price too high / asking for a discount;
    what the current vendor charges, said without objecting to this offer, is C.
  - Logistics, small talk, neutral questions about price, plans or other tools: 0.
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
from data_notation import rows_of, write_and_check
from train_set_batch8b import FR_BLOCKS

# Decision maker, English: who else decides, approves, signs, vetoes
B8_EN_D = """
D 0 neutral | um my wife co-owns the garage so she'd have to be on board too
D 0 neutral | honestly the purse strings are held by our finance director not me
D 0 neutral | the owner likes to see everything before we commit to a subscription
D 0 neutral | it has to go through head office in frankfurt they approve all software
DC 0 neutral | procurement will want three quotes and then they pick
D 0 neutral | the board signs off on new suppliers at the quarterly meeting
D 0 neutral | our ops committee has the last word on tools that touch the phones
D 0 neutral | the regional vp would need to bless it first
D 0 neutral | so the trustees have to agree any contract longer than a year
D 0 neutral | my business partner handles the money side he'd be the one saying yes
D 0 neutral | the practice manager approves every new system in the clinic
D 0 neutral | uh the franchisor has to ok any third party software we plug in
D 0 neutral | our cfo gets the final say on anything recurring
D 0 neutral | the head of the family trust decides on all the spending for the shop
D 0 neutral | my co-founder would have to be convinced shes the skeptic of the two of us
D 0 hesitant | i think my father-in-law who owns the place would want to hear it from you directly
D 0 neutral | so legal reviews it and then the md puts pen to paper
D 0 neutral | anything with a contract goes up to the bursar at the school
D 0 neutral | um the parish council needs to minute it before we can buy
D 0 neutral | the investors sit on the board and they're pretty strict on new costs
D 0 neutral | the works council has to agree before we can monitor calls
D 0 neutral | i'll need to take it to the directors meeting on the fourteenth
D 0 neutral | the managing partner is the one you really need to win over
D 0 neutral | its not my call really the owners decide that kind of thing
D 0 neutral | uh the person with the budget is our head of customer service
D 0 neutral | the regional manager signs the purchase orders for our area
D 0 neutral | the ceo tends to overrule us on software so he'd need to see it
D 0 neutral | i need to get the nod from the group finance team
D 0 neutral | the landlord of the centre picks the phone provider for all tenants so id have to ask them
D 0 neutral | let me pitch it to the leadership team on thursday and see what they say
D 0 neutral | the final decision is with the medical director
D 0 neutral | she's the one who holds the cheque book so i'll loop her in
D 0 neutral | any new supplier goes through a vendor approval panel here
D 0 neutral | our parent group has a preferred supplier list so they'd need to add you
D 0 neutral | the chair of the association has to countersign
D 0 neutral | um our director of ops wants to sit in on the next demo before anything happens
D 0 neutral | i have to put a business case to the exec team
D 0 neutral | my boss wants a one pager he can take upstairs
D 0 concerned | the finance committee rejected the last tool i proposed so ill need better numbers
D 0 neutral | the bishop's office approves contracts for the diocese believe it or not
D 0 neutral | the mayor's office will have to rubber stamp it
D 0 neutral | the headteacher and the governors decide together
D 0 neutral | my brother and i own it fifty fifty so we both have to agree
D 0 neutral | the client services director can kill it if she thinks agents won't use it
D 0 neutral | whoever we pick has to be approved by the franchise's national office
D 0 neutral | ill float it past the owner when he's back from the auction
D 0 neutral | theres a sign off chain of like four people above me
D 0 neutral | the ultimate decision maker is the group coo
D 0 neutral | we cant buy anything without the area manager saying yes in writing
DH 0 hesitant | not sure the partners will see the value honestly
DH 0 hesitant | getting it past our finance guy is another story
DU 0 neutral | the board meets on the third so if it's not in the pack by then it waits a quarter
"""

# Decision maker, English: new situations, and with a second signal
B8_EN_D2 = """
D 0 neutral | the senior partner at the firm has to be happy with it before i can go further
D 0 neutral | um the restaurant group's owner tastes everything first including software haha
D 0 neutral | the vineyard is a family thing my uncle has the final word on any spend
D 0 neutral | so the airline's ops director needs to approve any recording on the crew line
D 0 neutral | the shipping line's compliance people have to sign it off before we touch the calls
D 0 neutral | our site foreman can't buy anything the contracts manager does that
D 0 neutral | the hotel chain's brand standards team decides what tools the front desk uses
D 0 neutral | the club committee has to vote it through and they meet once a month
D 0 neutral | the gym's franchisee agreement says head office picks the phone tools
D 0 neutral | the estate agency's two directors both need to say yes
D 0 neutral | the broker network we belong to has to accredit any software we use with clients
D 0 neutral | i'll need my director to sign the order form i'm not authorised
D 0 neutral | purchasing approves and then the account goes to finance for set up
D 0 neutral | the clinical governance lead will want to review it first
D 0 neutral | i'm just gathering info the real decision is made in paris
D 0 neutral | the dean has to approve anything that records students
D 0 neutral | our chairman is old fashioned so you'd need to win him over in person
D 0 neutral | uh the ops manager has the final call on rota and tools
D 0 neutral | the fleet owner pays for everything so it goes past him
D 0 neutral | the customer we handle the line for has to agree to the recording
D 0 neutral | any software on the nurses line needs the matron's blessing
D 0 neutral | the director of studies needs to be in the room when you demo
D 0 neutral | we need sign off from both the uk and the irish boards
D 0 neutral | the treasurer of the club won't release anything without a vote
D 0 neutral | i'd need the green light from our chief exec
D 0 neutral | it's really the owner's wife who runs the numbers and decides
D 0 neutral | let me bring our operations lead in she'll make the call
D 0 neutral | the tenders board reviews anything over the threshold
D 0 neutral | i'll have to get it past the technical architect first
D 0 neutral | the client services board will decide on the shortlist next week
D 0 neutral | honestly it depends on whether the md buys into it
D 0 neutral | the franchise partners share the cost so they all get a vote
D 0 hesitant | i think the directors would want to see a pilot before they agree
D 0 neutral | everything like this gets escalated to group it for approval
D 0 neutral | my line manager would have to put it in for me
DU 0 neutral | the partners meet on tuesday so if you get me the proposal by monday it goes in
DU 0 neutral | our owner flies out on friday so we'd need his signature before then
DB 0 concerned | the board cut our spending limit so anything new needs their approval now
DB 0 neutral | the cfo controls the discretionary pot and she decides what comes out of it
DB - concerned | the owner's tightened the purse since the bad winter so he'd have to be sold on it
DR + relieved | the director approved it this morning send over the contract
DR + pleased | good news the committee said yes so we're ready to go ahead
DX 0 confused | sorry i'm not even sure whether this goes to it or to operations for sign off
DH 0 hesitant | let me sound out the partners first before we talk numbers
DH 0 hesitant | i don't want to commit until the regional team has had a look
DP - concerned | the owners will balk at that figure i can tell you now
DP - concerned | i can't take a number like that to the board they'd throw it out
DC 0 neutral | head office wants us to compare you with their preferred supplier before they decide
DC 0 neutral | procurement will put you up against the incumbent and pick one
"""

# Hard negatives, English: small talk, tools that are no vendor, price and invoice
# questions, a boss merely mentioned
B8_EN_NEG = """
0 - tired | sorry the ring road was jammed solid this morning
0 0 neutral | ugh its been raining for like nine days straight here
0 - tired | the trains were on strike again so half the team is working from home
0 0 neutral | the coffee machine on our floor died so everyone's a bit grumpy today
0 - tired | accounts payable lost my expense claim again but anyway
0 0 neutral | sorry im a bit distracted the builders next door are drilling
0 - tired | our car park is being resurfaced so it's chaos getting in
0 0 neutral | my flight got cancelled yesterday so i'm still catching up on emails
0 0 neutral | the heating in the warehouse is broken so we're all in coats lol
0 - tired | the kids had me up all night so bear with me
0 0 neutral | the lift's out of order so i ran up six floors sorry if im out of breath
0 - tired | facilities still haven't fixed the air con in the meeting room
0 0 neutral | the match last night was a disaster but thats another conversation
0 0 neutral | the wifi at this hotel is rubbish so if i drop out just call back
0 0 neutral | marketing and sales are always bickering that's just how it is here
0 0 neutral | the motorway was shut so i'm dialling in from a service station
0 0 neutral | our printer jams every single day but that's not why i'm calling
0 0 neutral | its been a long week with the audit but we're fine
0 0 neutral | the canteen food isn't great but the people are
0 0 neutral | i use the outlook calendar to book the demo slots thats all
0 0 neutral | we keep the holiday rota in excel its nothing to do with calls
0 0 neutral | the team chats on slack and meets on teams
0 0 neutral | our phones are fine no issue with the handsets we just want coaching on top
0 0 neutral | the whiteboard in the office has the weekly targets on it
0 0 neutral | we do payroll in sage if that matters for the export
R 0 neutral | we use docusign for contracts so can you send it that way
0 0 neutral | our website's on wordpress and the booking form emails us
0 0 neutral | we use trello for projects
0 0 neutral | the rota app just tells people when their shift is
0 0 neutral | we bought new headsets from amazon last month
0 0 neutral | our it guy set up the laptops and the vpn
0 0 neutral | we've got a shared calendar for the vans
0 0 neutral | we use zoom for the team huddles
0 0 curious | how much is it per seat per month
0 0 curious | is vat included in that figure
0 0 curious | can we pay by direct debit
0 0 curious | do you invoice monthly or annually
0 0 curious | what are your payment terms usually thirty days
0 0 curious | is there a setup fee or is it just the licence
0 0 curious | what happens to the price if we add ten more agents mid year
0 0 curious | can the invoice go to our head office address
0 0 curious | do you need a po number on the invoice
0 0 curious | is the price in pounds or euros
0 0 curious | is it cheaper if we pay the year up front
0 0 neutral | ok so three hundred a month for the team got it
0 0 neutral | the quote looks clear thanks ill file it
0 0 curious | can we split the invoice between two cost centres
0 0 curious | when does the first invoice go out
0 0 curious | do you charge for the training days separately
0 0 neutral | the pricing page was easy to follow
0 0 curious | is the price locked for the whole contract
0 0 curious | what's included in the standard tier
0 0 curious | do you take credit card for the first month
0 0 neutral | so the invoice comes from your irish entity right
0 0 curious | would we get a receipt for the deposit
0 0 neutral | i've forwarded the pricing to our accounts team for their records
0 0 curious | is there a minimum number of users
0 0 neutral | my manager is on leave this week
0 0 neutral | my boss listens to the recordings on his commute funny enough
0 0 neutral | the directors had their christmas party last night so the office is quiet
0 0 neutral | our ceo did a podcast about customer service last month
0 0 neutral | i told the owner about your webinar he found it interesting
0 0 neutral | the board is mostly ex bankers
0 0 neutral | procurement moved to the third floor
0 0 neutral | my manager and i listen to calls together on fridays
0 0 neutral | i run the team and i'll be the one using it every day
0 0 neutral | i sign off on all the team's software myself
0 0 neutral | my boss said hi by the way he met you at the trade show
0 0 neutral | the finance director is new she started in september
0 0 neutral | head office sends us a newsletter every month
0 0 neutral | the partners are all out at a conference this week
0 0 neutral | the committee that runs the summer fair is looking for volunteers
0 0 neutral | our owner is very hands off
"""

# Hard negatives, English: the speaker's own rivals and prices, "I decide"; what the
# current vendor charges (C alone); other costs squeezing the buyer's money (B alone)
B8_EN_NEG2 = """
0 0 neutral | we compete with the big chains on service not on price
0 0 neutral | our customers always haggle on the phone it's part of the job
0 0 neutral | we sell the winter tyres at cost in november to get people in
0 0 neutral | prices in our trade went up about eight percent this year
0 0 neutral | the agents quote delivery charges on every call
0 0 neutral | we raised our own prices in january and the phones went quiet for a week
0 0 neutral | callers mostly ring to ask about our opening hours and prices
0 0 neutral | the discount code on our flyer confuses some customers
0 0 neutral | i negotiate with suppliers all day so i know the drill
0 0 neutral | our customers complain about the hold music mostly
0 0 neutral | the night shift is always a bit tired by four am that's normal
0 0 neutral | the agents moan about the rota but everyone does
0 0 neutral | our callers get cross when the parcel is late and we calm them down
0 0 neutral | the weekend team is short staffed which we're recruiting for
0 0 neutral | summer is mad busy for us and winter is dead
0 0 neutral | we had a power cut on tuesday but it's all back now
0 0 neutral | our last audit went well actually
0 0 neutral | we don't have anything for call reviews today it's all gut feel
0 0 neutral | nothing in place yet we're starting from zero
0 0 neutral | my boss used to be an agent here so she knows the calls
0 0 neutral | the owner pops in on fridays to say hello to the team
0 0 neutral | our finance team is two people and they're lovely
0 0 neutral | the board asked us for better customer feedback this year which is why i'm looking
0 0 neutral | i'm the owner so it's just me you need to talk to
0 0 neutral | i hold the sign off for tools like this myself
0 0 neutral | the ceo's assistant booked this call for me
0 0 curious | would the invoice show each site separately
0 0 curious | if we cancel in month three what happens with billing
0 0 curious | do prices go up every year or stay flat
0 0 curious | do you bill per agent or per login
0 0 neutral | so the annual figure would be around four thousand ok
0 0 curious | what does the premium tier add over the basic one price wise
0 0 curious | roughly what do clinics our size usually spend with you
C 0 neutral | what we pay our current provider works out about a pound an agent a day
C 0 neutral | the people we use now bill us quarterly which suits the accounts
C 0 neutral | our existing supplier gave us a loyalty discount last renewal
C 0 neutral | we went with the cheaper of the two bids last time around
C 0 neutral | the outfit we had before charged per call reviewed
B - concerned | the energy bill for the cold store doubled so spare cash is thin
B - concerned | rent on the unit went up so we're watching every penny
B 0 neutral | we finance tools out of the quarterly surplus if there is one
B - concerned | the insurance premiums went through the roof so money is short this year
B 0 neutral | whatever we buy comes out of the same pot as the van repairs
"""

# Budget against price objection, English
B8_EN_PB = """
B - concerned | we had to pay back a grant this year so money is really tight
B 0 neutral | our budget for tools resets in april so anything before then is a squeeze
B - concerned | cash is tight until the big client pays us in march
B 0 neutral | we've got about two grand left in the training pot for this year
B - concerned | the bank cut our overdraft so every spend gets looked at
B 0 neutral | we've ring fenced some money from the merger savings for this
B - concerned | honestly the practice is running at a loss this quarter
B 0 neutral | the franchise fee already eats most of what we have for software
B - concerned | we're a charity so whatever we spend has to come out of donations
B 0 neutral | we set aside fifteen hundred a quarter for staff development
B 0 neutral | what we've got to spend depends on the harvest honestly
B - concerned | we've frozen all non essential spend until the refinancing closes
B 0 neutral | the school gets a fixed allocation per pupil and it's mostly gone
B - concerned | we just lost our biggest contract so the money isn't there right now
B 0 neutral | our funding is confirmed each june so I'd know then what I can spend
P - concerned | three hundred a seat is steep for what is basically a recorder
P - concerned | that's almost double what i expected for a team of six
P 0 neutral | is there any wiggle room on that figure
P - skeptical | for that money i'd want someone sitting in on the calls with us
P - concerned | the per minute charge would kill us with our volume
P 0 neutral | can you sharpen the pencil a bit on the annual price
P - concerned | the setup fee on top feels like a bit of a cheek
P 0 hopeful | if you could knock a bit off for a charity thatd help
P - skeptical | the price went up quite a bit from the figure on your website
P 0 neutral | two fifty a seat we could talk about three is too much
P - concerned | charging extra for the french language pack seems a bit much
P - concerned | it's pricey compared to what it saves us
BP - concerned | we only have a few hundred a month and your cheapest plan is way over that
BP - concerned | our pot for this is half your quote
"""

# Competitor and frustration, English: indirect wordings
B8_EN_CF = """
C 0 neutral | we've been muddling along with a tool our old reseller set up
C 0 neutral | the consultancy we hired last year did a one off call review for us
C 0 neutral | theres a plugin in our helpdesk that does rough transcripts
C 0 neutral | our call centre partner in cape town has their own qa software
C 0 neutral | we trialled one of the big american platforms and it was overkill
C 0 neutral | one of your rivals is coming in to present next wednesday
C 0 neutral | the group is piloting something similar in the spanish offices
C 0 neutral | our telephony contract includes basic speech analytics which we barely use
C 0 neutral | a freelancer listens to a sample of calls for us every month
C 0 neutral | we built a little dashboard in power bi off the call logs
C 0 neutral | the marketing agency offered to do call scoring as part of their retainer
C 0 neutral | we've got a renewal quote from our current supplier on the desk
C 0 neutral | my old company used gong so that's my reference point
C 0 neutral | the system we've got was chosen by the previous owner
C 0 neutral | we pay a monthly fee to the firm that does our mystery shopping calls
C 0 curious | can you do what the other vendor showed us with live prompts
C 0 curious | how do you compare to the one our telco is pushing
C - skeptical | the last platform we paid for promised the same and nobody used it
C - unimpressed | what we have now is clunky but at least it's paid for
CP - concerned | the other quote came in about a third cheaper than yours
F - frustrated | i've explained this three times to three different people on your side
F - annoyed | your trial account locked us out twice this week
F - angry | honestly nobody has called me back since the demo and that was a month ago
F - frustrated | the invoice you sent had the wrong company name again
F - annoyed | i asked for the recordings export a fortnight ago and still nothing
F - angry | your sales guy promised arabic support and now you tell me it doesn't exist
F - frustrated | i'm getting tired of chasing your support team for answers
F - annoyed | the integration broke after your update and nobody warned us
F - frustrated | we lost a whole morning because the dashboard wouldn't load
F - frustrated | i don't have time to keep sending the same screenshots
F - angry | this is the third onboarding call you've cancelled on us
F - annoyed | the agents are fed up with the transcripts getting names wrong
F - frustrated | we were told it would take a day and it's been two weeks
"""

# Competitor and frustration, English: more situations
B8_EN_CF2 = """
C 0 neutral | we're also speaking to a startup from berlin that does the same
C 0 neutral | the hospital group's contact centre runs on a platform the nhs framework gave us
C 0 neutral | we've got a spreadsheet with ticks for each call and a supervisor fills it in
C 0 neutral | the accountants use a transcription service for their client calls
C 0 neutral | my team leads score calls on a google form that feeds a chart
C 0 neutral | we paid a training company to listen to calls and coach the team last spring
C 0 neutral | a couple of agents use a free chrome extension for notes during calls
C 0 neutral | the lab's phone line came with a basic analytics tab from the carrier
C 0 neutral | there's a second supplier on our shortlist they demo friday
C 0 neutral | we've been quoted by two others so far
C 0 curious | what would we lose if we moved away from the tool our helpdesk bundles
C - unimpressed | the coaching firm we paid last year sent a pdf and vanished
C - skeptical | our telco's analytics add on looked great in the demo and never got switched on
CH 0 hesitant | we only renewed with our current people in june so the timing is awkward
F - frustrated | i've been bounced between your billing and support four times today
F - annoyed | we're still waiting on the credit note you promised in january
F - angry | i'm honestly fed up of the app logging my agents out mid call
F - frustrated | nobody on your side seems to read the tickets we send
F - annoyed | the onboarding guy keeps rescheduling and it's wearing thin
F - frustrated | we've wasted hours on this setup it's beyond a joke
F - annoyed | i keep getting automated emails instead of an actual person
F - frustrated | the reports still show last month's data after three fixes
"""

BATCH8 = [(B8_EN_D, "en", "client"), (B8_EN_D2, "en", "client"), (B8_EN_NEG, "en", "client"),
          (B8_EN_NEG2, "en", "client"), (B8_EN_PB, "en", "client"), (B8_EN_CF, "en", "client"),
          (B8_EN_CF2, "en", "client")] + FR_BLOCKS

FILES = {"analyzer_callspeech_train4.jsonl": rows_of(BATCH8)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_train3.jsonl", "analyzer_callspeech_valid.jsonl",
        "analyzer_callspeech_valid2.jsonl", "analyzer_callspeech_valid3.jsonl",
        "analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
