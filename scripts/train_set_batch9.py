"""Writes batch 9 of the analyzer's call-speech training data:
tests/data/analyzer_callspeech_train5.jsonl (English blocks here; the French blocks
in scripts/train_set_batch9b.py). New situations (funeral homes, florists, bike
shops, opticians, wedding venues, ski schools, marinas, museums, theatre box
offices, recruitment and translation agencies, coworking spaces, car rental,
removals, pest control, laundries, caterers, bakeries, language schools, escape
rooms, garden centres, boiler servicing, locksmiths, print shops, festivals, zoos,
cinemas, taxi dispatch, tour operators, mortgage brokers, notaries, architects,
nurseries, hearing clinics, kitchen fitters, storage units, parking operators),
none of those of batches 7 and 8. Written without reading the playbook's cue
lists, as a customer would speak; validation 3 was read for the kinds of failure
only, and none of its lines was copied or paraphrased. Same notation and checks as
scripts/train_set_batch8.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans
on urgency in indirect words (deadlines, seasons, events, contracts ending, audits,
openings), strong interest said indirectly or in understatement (sarcasm is
hesitation or frustration, never strong interest), decision makers in new words,
and hard negatives for budget, price objection, competitor and frustration.
Conventions (those of docs/analyzer-history.md, "Batch 7 and one labelling convention"):
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing for this job, named or not (a past vendor mentioned neutrally
    is still C); tools for other jobs (calendar, payroll, booking, accounting) and
    the speaker's own business rivals are 0; a current contract ending is C and U.
  - D: someone other than the speaker decides, approves, signs or holds a veto over
    this purchase (or must be asked, convinced, shown it or waited for); a boss
    merely mentioned is 0, and so are "I decide" / "I'm the one who signs".
  - B: the buyer's own money; P: this offer's price too high / asking for a better
    price; neutral questions about price, invoices, plans, a discount already
    offered, or money spent on something else are 0.
  - F: frustration with the call, the product, the seller or their company; small
    talk and calm complaints about other things (weather, traffic, another
    department, their own customers) are 0.
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
from data_notation import rows_of, write_and_check
from train_set_batch9b import FR_BLOCKS
from train_set_batch9c import EN_BLOCKS_2

# Urgency, English: deadlines, seasons, events, contracts ending, audits, openings
B9_EN_U = """
U 0 neutral | um wedding season starts in may and thats when the phones go crazy so we'd want it bedded in before
U 0 neutral | the museum reopens on the first of april and the new ticket line has to be covered by then
U 0 neutral | the slopes open mid december and i cant be teaching instructors a new tool after that
CU 0 neutral | our deal with the current recording people lapses on the thirtieth of june
U 0 concerned | the regulator's audit is in six weeks and they will ask how we check the calls
U 0 neutral | the new branch opens in the autumn and i'd like it running from day one
U 0 neutral | uh the festival tickets go on sale in february so the hotline has to be ready before that
U 0 neutral | we're moving offices at easter and id rather set everything up in one go then
U 0 neutral | the garden centre's spring rush is basically march so it's now or next year really
U 0 neutral | we have a franchise inspection at the end of the quarter and call quality is on their checklist
CU 0 neutral | our agreement with the answering service runs out on the last day of september
U 0 neutral | term starts on the fourth of september and parents ring non stop the week before
U 0 neutral | the christmas party bookings start in october that's our deadline in my head
U 0 concerned | uh the iso recertification is booked for late november and i need evidence of call reviews
U 0 neutral | we launch the new e-bike fleet in three weeks and the booking line will be swamped
U 0 neutral | ideally it's all live before the boiler service season which kicks off when it gets cold
U 0 neutral | black friday is our biggest weekend so anything after mid november is too late for us
U 0 neutral | the marina fills up from june so the berth enquiries line needs sorting before then
CU 0 neutral | the old transcription contract ends when the month does and i'd rather not renew it
U 0 neutral | the zoo's summer holidays are when we get ten times the calls so before july please
U 0 neutral | our new cinema opens the week before half term that's the date everything hangs on
U 0 neutral | the insurer wants proof of call monitoring at renewal which is in about five weeks
U 0 neutral | the removals peak is end of june when leases finish we need people trained by then
DU 0 neutral | the board meets on the twelfth and if it isnt on that agenda its another three months
U 0 neutral | the tax deadline in january is when the mortgage calls spike so we'd aim for december
RU 0 neutral | if you can get the accounts set up this week we'll start monday for the open day
U 0 neutral | the ski season is short if we miss the first weeks we've lost the point of it
U 0 concerned | the trading standards review lands next month and our call scripts are in scope
U 0 neutral | valentine's is three weeks out and the florists' lines are already filling up
BU 0 neutral | the grant money has to be spent before the financial year closes in march
U 0 neutral | we're hosting the regional expo in april and the enquiry line goes live for it
U 0 neutral | um the lease on the second escape room starts on the first so we'll double the calls
CU 0 neutral | the pest control franchise is leaving our old provider at the end of the quarter
U 0 neutral | the new parking app launches in a fortnight and every driver with a fine will call us
U 0 neutral | the open evening at the language school is on the nineteenth it should be working for that
U 0 neutral | we've got a mystery shopper programme starting next month so timing matters a lot
IU + interested | honestly this would be perfect for the summer peak if we could have it in time
CU 0 neutral | our notice to the current answering firm has to go in by friday so i need an answer before
DU 0 neutral | the partners vote at the end of the month and i have to bring them something concrete
U 0 neutral | the kitchens showroom launch is set in stone for the fifth no moving it
U 0 neutral | we're doing the festival staff briefings in two weeks and this should be part of it
HU 0 hesitant | i'm not sure it's right for us but if it is it has to be before the season starts
U 0 neutral | the hearing clinics merge in june and the phones get merged the same weekend
U 0 neutral | um our peak is the first week of every month when the storage invoices go out so ideally before the next one
U 0 neutral | the theatre's panto bookings open in september that's really our line in the sand
RU + pleased | let's get it signed this week so the team can use it for the christmas orders
"""

# Strong interest, English: indirect, understated (and sarcasm elsewhere, never I)
B9_EN_I = """
I + pleased | ok now you've got my attention
I + pleased | not gonna lie that's pretty slick
I 0 neutral | huh that would have saved me a whole afternoon last week
I 0 neutral | i can already think of three people on the team who'd live in that screen
I 0 neutral | well that's not bad at all actually
I + pleased | yeah that bit right there is what i've been missing for years
I + interested | hang on go back to that part with the call summary that's exactly our headache
I + pleased | that's a lot better than i expected to be honest
I + pleased | my florists would eat this up
I 0 neutral | so it picks out the callers about to cancel by itself that's quite something
I 0 neutral | i mean that alone would pay for itself in a month
I 0 neutral | right ok that would change how we do the monday meetings completely
I + pleased | i wasn't expecting much but this is actually decent
I 0 neutral | can't argue with that it's a clever bit of kit
I 0 neutral | oh so the coaching notes write themselves that's the dream
I + pleased | the guys at the depot would actually use this which says a lot
I + pleased | no that's genuinely useful i'm not just being polite
I 0 neutral | i could see us using it on every single booking call
I + pleased | this is the first demo this month that hasn't bored me
I + pleased | ha our receptionist is going to love that she hates writing the notes
I 0 neutral | mm that's rather handy for the weekend staff
I + pleased | fair play that's nicely done
I 0 neutral | that would make the audit prep a lot less painful
I + pleased | yep that's ticking pretty much every box we wrote down
I + pleased | i'll admit that's more than i thought a tool like this could do
IR + pleased | this is pretty much what we need so what's the next step to get it going
ID + interested | i really like it i'll be pushing for it when the owners decide
I + interested | honestly it's that useful i'd use it myself on the late shift
I + pleased | the search by keyword thing is brilliant for the complaints team
I 0 neutral | if it does that in french too we're in business
I + pleased | you've basically built what i sketched on a napkin two years ago
I + pleased | that's going straight in my report to the team as a must
I + interested | wow ok the drop off alerts would have caught two cancellations last week
I 0 neutral | honestly i'm quietly impressed
I + pleased | that's the kind of thing that makes my job easier so yes
"""

# Decision maker, English: who signs, approves, vetoes (someone else)
B9_EN_D = """
D 0 neutral | the funeral director who owns the place has the last word on anything like this
D 0 neutral | our notary partners vote on every expense over a few thousand
D 0 neutral | the harbour master's office has to greenlight any supplier at the marina
D 0 neutral | the foundation that runs the museum has to give the go ahead
D 0 neutral | the chief of staff gatekeeps every software purchase for the ceo
D 0 neutral | the franchise owner needs to give it a thumbs up before i can do anything
D 0 neutral | if the head chef isnt happy with it it wont happen its his kitchen
D 0 neutral | the buck stops with our operations director on anything with recordings
D 0 neutral | um my uncle owns the bike shops he'd have to sign the cheque
D 0 neutral | the principal has a veto on anything that records parents
D 0 neutral | our compliance lead can kill it if she doesn't like the data side
D 0 neutral | the festival director and the promoter split the decision on vendors
D 0 neutral | our mortgage network has to approve any new tool that touches client calls
D 0 neutral | it's the group's it steering group that says yes or no to software
D 0 neutral | the studio's senior architect has the casting vote on spending
D 0 neutral | i'd have to walk the clinic owner through it she's the one paying
D 0 neutral | uh my sister runs the finances of the bakeries so it's her call not mine
D 0 neutral | the zoo's director of visitor services decides what goes on the phones
D 0 neutral | the cinema chain's regional office picks the systems we use
D 0 neutral | the owner operator signs everything i just shortlist
D 0 neutral | whatever we choose has to get past the data protection people at the council
D 0 neutral | the ceo will want to see a demo himself before he lets it through
D 0 neutral | our nursery is part of a group and the group has to ok new contracts
D 0 neutral | the decision sits with our head of customer experience in lyon
D 0 neutral | the parking operator we work for has to agree to any recording
D 0 neutral | the taxi firm is a cooperative so the drivers' committee votes on it
D 0 neutral | the tour operator's owner wants to meet you before anything's agreed
D 0 neutral | our finance controller holds the pen on contracts not me
DH 0 hesitant | i'm honestly not sure i can get our managing director over the line
DP - concerned | the owners will baulk at that monthly figure i know them
DB 0 concerned | my boss controls what's left in the pot this year and it isn't much
DC 0 neutral | the hq team want to compare you with the tool the other sites use before they decide
DX 0 confused | sorry so who would need to sign this on our side the client or us
DR 0 neutral | send the order form over and our general manager will countersign today
DU 0 neutral | the trustees meet once a quarter next one is in ten days so that's our window
D 0 neutral | the landlord of the coworking space decides which systems go into the shared reception
D 0 neutral | our head office in rotterdam would have to put it through their approval process
U 0 neutral | the inspectors come back in the spring and last time they asked for call logs
I 0 neutral | funny i was just telling my colleague we needed something exactly like this
D 0 neutral | the translation agency's two founders have to agree on every subscription
UD 0 neutral | the governors sign off in june and term starts in september so it's tight
I + pleased | that's a proper time saver that is
"""

BATCH9_EN = [(B9_EN_U, "en", "client"), (B9_EN_I, "en", "client"), (B9_EN_D, "en", "client")]

FILES = {"analyzer_callspeech_train5.jsonl": rows_of(BATCH9_EN + EN_BLOCKS_2 + FR_BLOCKS)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_train3.jsonl", "analyzer_callspeech_train4.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_valid3.jsonl", "analyzer_callspeech_dev.jsonl",
        "analyzer_labelled.jsonl")

if __name__ == "__main__":
    write_and_check(FILES, REFS)
