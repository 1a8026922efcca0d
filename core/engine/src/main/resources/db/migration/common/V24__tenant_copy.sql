-- Per-marketplace wording: an operator may replace any message of the pages, per language. The
-- text is plain (pages escape it); a row without its key in the core bundle is never written.
CREATE TABLE tenant_copy (
  tenant_id    VARCHAR(40)   NOT NULL REFERENCES tenant (id),
  language     VARCHAR(8)    NOT NULL,
  message_key  VARCHAR(120)  NOT NULL,
  copy_text    VARCHAR(2000) NOT NULL,
  PRIMARY KEY (tenant_id, language, message_key)
);
