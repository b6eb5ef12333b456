-- identity: the TOTP secret is stored encrypted (AES-256-GCM, key kring.security.second-factor.secret-key,
-- bound to the account id): 'v1:' || base64(nonce, ciphertext, tag). Secrets stored in clear before this
-- version are encrypted by Kring at its next start (SecondFactors.sealSecretsStoredInClear); SQL cannot,
-- as the key is not in the database.
alter table second_factor rename column totp_secret to totp_secret_sealed;
comment on column second_factor.totp_secret_sealed is
    'AES-256-GCM encrypted TOTP secret (v1:base64), account id as associated data; never in clear';
