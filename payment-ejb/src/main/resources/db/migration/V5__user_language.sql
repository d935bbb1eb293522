-- The back-office language each user chose (en, id); empty until they choose one.
ALTER TABLE user_account ADD COLUMN language VARCHAR(8);
