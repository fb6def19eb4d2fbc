"""Writes batch 7 of the analyzer's call-speech training data:
tests/data/analyzer_callspeech_train3.jsonl (English blocks here; the French blocks
and a second English block in scripts/train_set_batch7b.py). New situations (vet
clinics, driving schools, letting agencies, ferries, hotels, insurance claims,
admissions offices, breweries, dental groups, car dealerships, home care,
installers, sports clubs, couriers, law firms, franchises), not paraphrases of
earlier batches. Written without reading the playbook's cue lists, as a customer
would speak. Same notation and checks as scripts/train_set_batch6.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans
on competitor (indirect references: the incumbent, the people we're with now, a
former provider, an in-house tool, a spreadsheet doing the job, a reseller, a rival
quote), decision_maker (and a boss mentioned who does not decide), frustration
(understatement, sarcasm, repeated complaints), budget vs price_objection (with
neutral price and invoice questions as 0), and carries about a quarter of hard
negatives. Conventions:
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; "we use nothing for that today" is 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto over
    this purchase (or must be asked, convinced, shown it or waited for); a boss
    merely mentioned ("my boss is on holiday", "my manager uses it too") is 0, and
    so are "I decide" / "I'm the one who signs".
  - B: the buyer's own money; P: this offer's price too high / asking for a discount.
  - Agent turns are 0 unless the agent is themselves confused or frustrated.
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
from data_notation import rows_of, write_and_check
from train_set_batch7b import FR_BLOCKS

# Competitor, English: indirect references to current, past and rival providers
B7_EN_C = """
C 0 neutral | so the vet practices all log calls through the booking system the group bought
C 0 neutral | um right now a girl in the office listens to a few calls on friday and fills in a sheet
C 0 neutral | the people we're with now do the lines and the recording as one bundle
C 0 neutral | our previous supplier went bust in may so we're on a stopgap
C 0 neutral | we're on a month to month with the current lot since the contract lapsed
C 0 neutral | the dealership group has a deal with a crm that does call tracking
C 0 neutral | our it guy wrote a python thing that flags long calls its pretty basic
C 0 neutral | we get a monthly report from the agency that runs our overflow calls
C 0 neutral | the ferry bookings line uses whatever the port authority gave us years back
C 0 neutral | uh theres a shared google doc where team leads paste bad calls
C 0 neutral | the claims team is on a legacy avaya box that nobody wants to touch
C 0 neutral | our phone reseller bundled some sentiment thing in with the handsets
C 0 neutral | we had a quote from a local firm that does call audits by hand
C 0 neutral | the franchise owners mostly use the app head office picked which is dialpad
C 0 neutral | honestly the hotel switchboard came with its own reporting portal
C 0 neutral | the home care office uses a rota app that records the calls too
C 0 neutral | we're halfway through a three year term with the telco
C 0 neutral | someone from cloudtalk has been emailing me every week
C 0 neutral | justcall did us a trial back in spring
C 0 neutral | so admissions uses a crm the university built in house ages ago
C 0 neutral | yeah we kind of rely on a contractor who scores twenty calls a month for us
C 0 neutral | the brewery's sales reps just use their mobiles and a notes app
C 0 neutral | we piggyback on the parent company's contact centre platform
C 0 neutral | um the solution we have now came with the building lease believe it or not
C 0 neutral | before this we were with a small outfit in leeds who did everything for us
C 0 neutral | the outsourced night team uses their own dialer not ours
C 0 neutral | we've been getting by with the voicemail transcription from our carrier
C 0 neutral | the courier depots have a dispatch tool and the calls go through that
C 0 neutral | the club's ticket office uses the stadium's system for the phone lines
C 0 neutral | there's a guy who built us an access database for call notes in like 2012
C 0 neutral | our last provider had this as an add on so i know roughly what it does
C 0 neutral | we've got a proposal sitting in my inbox from another outfit
C 0 neutral | my predecessor signed us up with some company for call recording i'm still finding out what
C 0 neutral | we sort of inherited a system when we bought the clinic in bristol
C 0 neutral | the dental group's practices each have whatever their old owner had
C 0 neutral | the driving school runs everything off a booking site that has a call log
C 0 neutral | we use the dashboard that came with our vonage plan
C 0 neutral | our agency partner gives us call scores in a weekly spreadsheet
C 0 curious | so how is this different from the thing our carrier throws in for free
C 0 curious | would this replace the audits the contractor does or sit alongside them
C 0 curious | can it pull in the recordings from the system we've already got
0 0 curious | do you integrate with the crm the dealership group uses
C 0 curious | what does this do that our in house script can't
C 0 neutral | we'd have to keep the old one running for the ferry season anyway
C 0 neutral | our contract with the present supplier has an auto renewal in the small print
C 0 neutral | the lot before them were worse to be fair
C 0 neutral | we were quoted eleven pence a minute by someone else for the transcription
C 0 neutral | the other firm said they'd throw in the training for nothing
C 0 neutral | we've got a second demo booked with a rival next tuesday
C 0 neutral | the installers use an app from the panel manufacturer to log customer calls
C - unimpressed | the thing we've got now is held together with sellotape honestly
C - skeptical | the last company said their ai understood scottish accents it did not
C - unimpressed | our current reporting is basically someone counting in excel
C - skeptical | we've been burnt by a previous vendor promising the moon
C - unimpressed | the bundled tool from the telco is rubbish but it's free
CP - concerned | another outfit came in at less than half your number
CP - unimpressed | the contractor costs us four hundred a month and you want three times that
CP 0 neutral | the current lot charge us per user not per minute can you do that
CP - concerned | the rival quote had no setup fee and yours does
CP - unimpressed | our homegrown thing is free so that's a lot to justify
CP 0 neutral | if you can get close to what the other firm quoted we can talk
CF - frustrated | the people we're with now take a week to answer a ticket
CF - annoyed | our old provider kept recording calls it wasn't supposed to and we had to report it
CF - frustrated | the reseller just forwards our complaints and nothing happens
CF - annoyed | every update to the in house tool breaks something else
CF - frustrated | we've chased the incumbent about the outage three times this month
CF - annoyed | oh the current system is lovely when it works which is tuesdays
CH 0 hesitant | i'm wary of ripping out something the staff finally got used to
CH - hesitant | we only moved the clinics onto the current system last year so i don't know
CH 0 hesitant | moving all the recordings across from the old supplier scares me a bit
CU - stressed | the current contract dies at the end of the month and we've nothing lined up
CU 0 neutral | the telco needs our renewal decision by the ninth so we need your answer before
CU - stressed | the contractor who does our audits is retiring in three weeks
CB 0 neutral | once we stop paying the agency that money can come across to this
CB - concerned | we can't run the contractor and you side by side on what we've got
CB 0 neutral | we'd only have budget once the old lease on the switchboard ends
CD 0 neutral | the group picked the current platform so group it would have to agree to move
CD 0 neutral | the partners want to see you next to the other two quotes before they vote
CD 0 neutral | our head of claims likes the incumbent so you'd have to win her over
CD 0 neutral | the franchise board would have to approve leaving head office's system
CI + impressed | ok that already beats what the agency sends us every month
CI + excited | wow thats miles ahead of the voicemail transcripts we get from the carrier
CR + happy | right we're giving notice to the current lot send me your contract
CX 0 confused | sorry would this sit on top of the avaya box or replace it i'm lost
CX 0 confused | wait do we still need the reseller if we go with you
CIR + excited | that's better than the rival demo by a mile let's get it going
CPB - concerned | with what we pay the agency already there's nothing left for your price
"""

# Decision maker, English, and a boss mentioned who does not decide (hard negatives)
B7_EN_D = """
D 0 neutral | the practice owner has the final say on anything with a monthly fee
D 0 neutral | um i'd need to walk our head of claims through it she's the one who'd sign
D 0 neutral | the school trust's finance committee approves all new software
D 0 neutral | i'll have to get it past the dean's office
D 0 neutral | my business partner handles contracts so it'd go to him
D 0 neutral | anything that records calls needs the dpo's blessing here
D 0 neutral | the dealer principal decides what the showroom buys
D 0 neutral | uh the trustees would need to see it at the next meeting
D 0 neutral | i put together the shortlist but the ops director picks
D 0 neutral | head office would have to add you to the approved supplier list first
D 0 neutral | my aunt owns the business so it's really her say
D 0 neutral | can you send a short video i can show the other partners
D 0 neutral | the captain of the club's committee has to nod it through
D 0 neutral | honestly it'll come down to what the area manager thinks
D 0 neutral | i can push for it but the final call is with the regional vp
D 0 neutral | we need the union reps on board before we record anything
D 0 neutral | the clinical lead would have to approve anything that touches patient calls
D 0 neutral | i'd have to pitch it at the monday huddle and the md decides there
D 0 neutral | the landlord's side would need to okay anything on the switchboard
D 0 neutral | im just scoping it out the head of service signs off
D 0 neutral | our chief exec wants to meet whoever we go with
D 0 neutral | it has to go through the council's procurement process
D 0 neutral | my wife's the director so she'll want to look at it tonight
D 0 neutral | the brewery's owners vote on spend like this at the quarterly
D 0 neutral | the people upstairs will need convincing not me
D 0 neutral | my line manager has to put it in for approval
D 0 neutral | the final yes comes from the group cfo in frankfurt
D 0 neutral | let me see if the principal is free for a call next week she'd need to hear this
D 0 neutral | i'm not the one holding the pen on this
D 0 neutral | the hospital's digital board has to approve any new vendor
D 0 neutral | i report into the coo and he likes to sign these himself
D 0 neutral | we'd need sign off from both sites managers
D 0 neutral | can we wait till the owner's back from dubai he'll want a say
D 0 neutral | the funeral home's director makes the calls on suppliers not me
D 0 neutral | legal has a veto on anything that stores recordings
D 0 neutral | the head chef is one of the owners and she'll want a look first
DH 0 hesitant | i like it but i'm honestly not sure the practice owner will bite
DH 0 hesitant | let me sit on it and see what the partners make of it
DH - hesitant | i dunno the committee can be funny about new stuff
DU 0 neutral | if the trustees okay it on thursday we'd want it running for the appeal
DU - stressed | i need the area manager's signature before the quarter closes
DP - concerned | our ops director will never sign off at that number
DP - concerned | the partners will balk at a monthly fee like that
DB 0 neutral | the budget for this sits with the regional office so they'd decide
DB 0 neutral | the finance committee releases money twice a year so it'd go to them
DX 0 confused | i'm not even sure who signs for software here honestly
DR + happy | the owner just said go so send it over
DI + excited | this is brilliant i'm taking it straight to my director
0 0 neutral | my boss actually recommended i take this call
0 0 neutral | my manager's been using something like this at her old job
0 0 neutral | sorry my boss just walked in give me a sec
0 0 neutral | the director's away at a conference this week anyway
0 0 neutral | my manager says you guys sponsored the trade show
0 + happy | our owner loves a gadget so he'll enjoy hearing about this
0 0 neutral | the head of service is the one who runs the team meetings
0 0 neutral | i sign off on tools for my team myself up to a point and this is under it
0 0 neutral | i'm the owner so it's my decision really
0 0 neutral | nobody else needs to be involved i run the budget
0 0 neutral | the board doesn't get involved in stuff this small
0 0 neutral | my boss is new so she's still finding her feet
0 0 neutral | the cfo was on the webinar you ran last month
0 0 neutral | my manager handles the rota i handle the tools
0 0 neutral | our chairman's retiring next year which is a whole thing
0 0 neutral | the practice manager's off sick today so it's just me
0 0 neutral | i told my director i'd look into a few things this week
0 0 neutral | my partner thinks i spend too long on calls ha
0 0 neutral | the area manager visits every other tuesday
0 0 neutral | i asked my boss about the headsets and he said any brand is fine
0 0 neutral | i'm the decision maker here so you can talk straight to me
0 0 neutral | the owner set up the phone lines himself back in the day
0 0 neutral | my manager's cc'd on your email but she won't reply
0 0 neutral | the legal team reviewed your dpa last year for the other product already
0 0 neutral | i don't need to run this by anyone
"""

# Budget, price objection, and neutral price and invoice questions, English
B7_EN_PB = """
P - concerned | oof thats more than our whole phone bill
P - unimpressed | for that money i'd expect it to answer the calls itself
P - concerned | the per minute rate is what kills it for us
P 0 neutral | is there any give on the monthly number
P - concerned | honestly we can't see the value at that level
P - surprised | hang on that's per user not per site
P 0 neutral | could you do the first year cheaper to get us going
P - concerned | it's a big number for a practice with four vets
P - unimpressed | that's an eye opener of a price
P - concerned | um the setup fee on its own is more than i expected to pay for the whole thing
P 0 calm | if that came down by a third we'd be having a different chat
P - concerned | we'd struggle to justify that for a seasonal business
P - unimpressed | the price went up since your last email didn't it
P 0 neutral | do you do a rate for charities because that's steep
P - concerned | bit rich for a driving school with six instructors
P 0 neutral | any chance you'd waive the onboarding charge
P - concerned | we'd be paying more for the analysis than for the calls
P - unimpressed | cheaper to hire a student to listen to the calls at that rate
P - concerned | the storage add on doubles it which isn't ok
B 0 neutral | we've got roughly six hundred a month for all software
B - worried | takings have been down since the bridge closed so money's tight
B 0 neutral | the appeal money can't be spent on systems it's ring fenced
B 0 neutral | whatever we buy has to come from the practice improvement fund
B - concerned | we're in a hiring freeze and spending's frozen too
B 0 neutral | our year end is august so new money lands in september
B 0 neutral | theres about four k left in this year's it pot
B - worried | to be honest we're just about breaking even this season
B 0 neutral | we can put it through the innovation grant if it fits the terms
B 0 neutral | the budget line for quality monitoring is about two grand a year
B - worried | after the roof repairs there isn't much left for anything
B 0 neutral | we set aside money for a tool like this in the plan
B 0 neutral | any spend has to be split across the three clinics
B - concerned | we overspent on the new website so we're paying it back this year
B 0 neutral | it'd come out of the training allowance i think
BP - concerned | we simply don't have that kind of money for something like this
BP - worried | even the cheapest plan is more than what we've put aside
BU 0 neutral | we've got underspend that has to go before march
BH 0 hesitant | let me see what's left after the audit fees before i commit
BR + happy | the money came through so we can go ahead now
0 0 neutral | how does billing work do you invoice monthly or yearly
0 0 curious | what's the price for the small clinic plan roughly
0 0 neutral | can the invoice go to the accounts mailbox instead of me
0 0 neutral | is vat included in that figure or on top
0 0 neutral | do you charge per user or per site
0 0 neutral | we pay by bacs usually is that fine
0 0 neutral | can you put the po number on the invoice
0 0 neutral | is there a minimum term or is it rolling
0 0 neutral | what's the difference in price between the two plans
0 0 neutral | if we add a site later how does the pricing change
0 0 neutral | are the call minutes included or billed separately
0 0 neutral | the price looks about right for what it does
0 0 neutral | that's cheaper than i thought to be honest
0 0 neutral | do you have a price list i can forward to accounts
0 0 neutral | can the invoices be split per clinic
0 0 neutral | when would the first payment go out
0 0 neutral | is the discount you mentioned already in that number
0 0 neutral | we got your invoice thanks it's gone to payment
0 0 neutral | our accountant asked if you're vat registered
0 0 neutral | so the price stays fixed for the whole contract yeah
"""

# Frustration and the other signals, English
B7_EN_MISC = """
F - annoyed | well this is the third time i've explained the same thing so here goes
F - frustrated | i've been on hold longer than the call itself
F - annoyed | oh great another link that doesn't open
F - frustrated | i'm not being funny but nobody has called me back all week
F - annoyed | lovely so the fix broke the other thing
F - frustrated | i've sent the logs twice already
F - annoyed | it's a bit disappointing that this is still happening to be honest
F - frustrated | we're a tad fed up of workarounds
F - annoyed | brilliant just brilliant the export's empty again
F - frustrated | same problem different week
F - annoyed | i'd love to say i'm surprised but i'm not
F - frustrated | every time i ring i get someone new and start from scratch
F - annoyed | i'm running out of polite ways to ask for this
F - frustrated | the agents have stopped bothering to report it
F - annoyed | not ideal that i found out from a customer
F - frustrated | i was promised an update by monday and it's thursday
F - annoyed | cheers for the ticket number that's really helped
F - frustrated | this has eaten my whole morning
F - annoyed | it's not the end of the world but it's getting old
F - frustrated | i've literally asked for this in every meeting since june
F - annoyed | so we're paying for a feature that doesn't work great
F - frustrated | my team is sick of me telling them it'll be fixed soon
FU - stressed | this keeps falling over and we open the lines tomorrow at eight
FH - hesitant | after the last few weeks i'm honestly not sure i want to commit to more of this
U - stressed | we go live with the new ferry timetable on the first so we're tight
U 0 neutral | we'd want it in before the january sales rush
U - stressed | the regulator's visit is in a fortnight and we need to show something
U 0 neutral | could we be up and running by the end of next week
U - stressed | admissions open on monday we can't wait on this
X 0 confused | sorry i'm lost is that per agent or per line
X 0 confused | wait so where do the recordings actually live
X 0 confused | i don't really follow the bit about the tokens
X 0 confused | hang on which plan has the coaching in it
X 0 confused | sorry what does sentiment score mean in practice
H 0 hesitant | i'm not sure now's the right time with the season starting
H 0 hesitant | let me have a think and talk to the team
H 0 hesitant | i'm a bit on the fence honestly
H 0 hesitant | it looks good but i've got a few doubts about the accents
H 0 hesitant | we might park it till after the audit
I + excited | oh that's really clever actually
I + happy | that's exactly what the claims team needs
I + excited | can't wait to show the instructors this
I + impressed | the accuracy on those clips is honestly great
R + happy | ok let's do the twelve seats send the paperwork
R 0 neutral | what do you need from our side to kick things off
R + happy | go on then set us up for the three clinics
R 0 neutral | send the order form and i'll get it back today
IR + excited | love it where do i sign
0 0 neutral | we've got about thirty agents across two shifts
0 0 neutral | the lines open at seven for the ferry bookings
0 0 neutral | can you hear me ok i'm on the car phone
0 0 neutral | yeah sorry the dogs are barking in the background
0 0 neutral | we mostly get calls about bookings and cancellations
0 0 neutral | we don't use anything for call quality at the moment
0 0 neutral | we're starting from nothing on this side honestly
0 0 neutral | no other supplier involved we found you on a podcast
0 0 neutral | the spreadsheet is for the rota not for calls
0 0 neutral | we use excel for the accounts but that's nothing to do with this
0 0 neutral | i used to work for a competitor of yours years ago
0 0 neutral | our customers are mostly farmers so the accents are strong
0 0 neutral | we're not unhappy with anything just curious
0 0 neutral | that's fine no rush on the slides
0 0 neutral | the weather's been lovely here all week
0 0 neutral | i had a similar chat with a friend who runs a hotel
0 0 neutral | we moved into the new building in the spring
0 0 neutral | our receptionist answers most of the calls
0 0 neutral | fair enough that makes sense
0 0 neutral | we're a family business three generations now
"""

# Agent turns, English
B7_EN_AGENT = """
0 0 neutral | would it help if i sent over a one pager for your practice owner
0 0 neutral | what are you using for call quality today
0 0 neutral | who else usually gets involved when you buy software
0 0 neutral | i can do the first month free if that helps the trial
0 0 neutral | we bill monthly in arrears by direct debit
0 0 neutral | happy to join a call with your trustees
0 0 neutral | we integrate with most of the big crms including dialpad
0 0 neutral | the price is per agent and minutes are included
0 0 neutral | i'll check with my manager if we can do a charity rate
0 0 neutral | i understand the contractor has been doing this by hand
X 0 confused | sorry i'm confused is the avaya box on site or hosted
F - frustrated | honestly i'm as annoyed as you are that the fix slipped again
0 0 neutral | when does your contract with the current provider end
0 0 neutral | i can send a comparison with the other quote if you forward it
"""

# Hard negatives: money, bosses, tools and complaints mentioned without the signal
B7_EN_NEG = """
0 0 neutral | we pay the staff weekly so fridays are busy on the phones
0 0 neutral | my director's the one who suggested we record calls in the first place
0 0 neutral | the old phones went in the skip years ago
0 0 neutral | our customers complain about parking more than anything
0 0 neutral | we spend a lot on fuel so the drivers call in a lot
0 0 neutral | the board meets in the building next door funnily enough
0 0 neutral | i use google sheets for my own to do list ha
0 0 neutral | our manager's a big rugby fan so don't call on match days
0 0 neutral | we don't have a vendor for this we never needed one
0 0 neutral | money isn't really the issue it's more about the training time
0 0 neutral | i've got the price you sent that all makes sense
0 0 neutral | the other branch is in cardiff they're smaller than us
0 0 neutral | my boss and i both think the demo was clear
0 0 neutral | the trustees are all volunteers retired teachers mostly
0 0 neutral | the cheap headsets we bought are actually fine
0 0 neutral | nothing's broken we just want to get better at calls
0 0 neutral | the finance director sits in on the weekly call review already
0 0 neutral | we're not comparing anyone else we liked what we heard
0 0 neutral | the receptionist keeps a paper diary but only for appointments
0 0 neutral | my ceo is on the radio tomorrow morning talking about the ferries
"""

B7_FR_NEG = """
0 0 neutral | on paye les salariés le vendredi donc ça appelle beaucoup ce jour-là
0 0 neutral | c'est mon directeur qui a eu l'idée d'enregistrer les appels au départ
0 0 neutral | nos clients se plaignent surtout du parking
0 0 neutral | on dépense beaucoup en carburant donc les chauffeurs appellent souvent
0 0 neutral | j'utilise un tableur pour ma liste de tâches perso
0 0 neutral | notre responsable est fan de rugby donc évitez les jours de match
0 0 neutral | on n'a pas de prestataire pour ça on en a jamais eu besoin
0 0 neutral | l'argent c'est pas vraiment le sujet c'est plutôt le temps de formation
0 0 neutral | j'ai bien reçu le tarif ça me paraît clair
0 0 neutral | l'autre agence est à rennes elle est plus petite que nous
0 0 neutral | mon chef et moi on a trouvé la démo claire
0 0 neutral | les casques pas chers qu'on a achetés font très bien l'affaire
0 0 neutral | rien n'est cassé on veut juste progresser au téléphone
0 0 neutral | on compare personne d'autre on a bien aimé ce qu'on a entendu
0 0 neutral | la daf assiste déjà à la revue d'appels chaque semaine
0 0 neutral | le standardiste note les rdv sur un agenda papier c'est tout
0 0 neutral | notre directrice passe à la radio demain pour parler du camping
"""

BATCH7 = [(B7_EN_C, "en", "client"), (B7_EN_D, "en", "client"), (B7_EN_PB, "en", "client"),
          (B7_EN_MISC, "en", "client"), (B7_EN_AGENT, "en", "agent"),
          (B7_EN_NEG, "en", "client"), (B7_FR_NEG, "fr", "client")] + FR_BLOCKS

FILES = {"analyzer_callspeech_train3.jsonl": rows_of(BATCH7)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_valid3.jsonl", "analyzer_callspeech_dev.jsonl",
        "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
