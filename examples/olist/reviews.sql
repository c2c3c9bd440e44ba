-- Olist reviews (olist_order_reviews_dataset.csv) -> Outward `survey` events on the CSAT scale (score 1-5).
--   ./outward import ../shared/data/olist-subset/olist_order_reviews_dataset.csv --map examples/olist/reviews.sql --source olist
-- A review id can cover several orders in Olist, so the event id is review id + order id.
SELECT 'review-' || r.review_id || '-' || r.order_id AS id,
       r.review_creation_date                        AS time,
       c.customer_unique_id                          AS customer,
       'survey'                                      AS type,
       'email'                                       AS channel,
       json_object('score', r.review_score, 'scale', 'csat', 'order', r.order_id,
                   'title', r.review_comment_title, 'comment', r.review_comment_message) AS attrs
FROM source r
LEFT JOIN read_csv('${source_dir}/olist_orders_dataset.csv', header = true) o USING (order_id)
LEFT JOIN read_csv('${source_dir}/olist_customers_dataset.csv', header = true) c USING (customer_id)
