-- The person a booking is for when it is not the customer who booked it ("a manicure for my
-- daughter and me": the daughter's appointment, ADR 0058); null for the customer's own.
ALTER TABLE bookings
    ADD COLUMN guest_name TEXT;
