-- A delivered photo's 2048 px preview, and its watermarked twin shown until the customer accepts
-- the delivery (検収). Both are made by the derivatives job with the thumbnail.
ALTER TABLE photo ADD COLUMN preview_key VARCHAR(200);
ALTER TABLE photo ADD COLUMN watermark_key VARCHAR(200);
