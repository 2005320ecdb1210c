-- Sites allowed to embed a business's web chat (ADR 0021): space-separated origins such as
-- https://salon.example, used in the chat page's Content-Security-Policy frame-ancestors.
-- Null: only Bookline's own pages may frame it.
ALTER TABLE businesses ADD COLUMN frame_ancestors TEXT;
