-- a volunteer's or outside professional's home page asks which families name them as recipient
create index consent_recipient on consent (recipient_id);
