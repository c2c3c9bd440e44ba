-- Olist orders (olist_orders_dataset.csv) -> Outward `order` and `delivery` events.
--   ./outward import ../shared/data/olist-subset/olist_orders_dataset.csv --map examples/olist/orders.sql --source olist
-- The customer is the person (customer_unique_id from the customers file), not Olist's per-order customer_id.
-- Olist timestamps carry no offset; they are taken as UTC.
WITH orders AS (
    SELECT o.*, c.customer_unique_id,
           -- promised = the END of the estimated delivery day
           strftime(CAST(o.order_estimated_delivery_date AS DATE) + INTERVAL 1 DAY - INTERVAL 1 SECOND,
                    '%Y-%m-%dT%H:%M:%SZ') AS promised
    FROM source o
    LEFT JOIN read_csv('${source_dir}/olist_customers_dataset.csv', header = true) c USING (customer_id)
)
SELECT 'order-' || order_id              AS id,
       order_purchase_timestamp          AS time,
       customer_unique_id                AS customer,
       'order'                           AS type,
       'web'                             AS channel,
       'order-management'                AS service,
       json_object('order', order_id,
                   'status', CASE WHEN order_status IN ('canceled', 'unavailable') THEN 'cancelled' ELSE 'placed' END,
                   'promised', promised,
                   'olist_status', order_status) AS attrs
FROM orders
UNION ALL
SELECT 'delivery-' || order_id,
       order_delivered_customer_date,
       customer_unique_id,
       'delivery',
       NULL,
       'logistics',
       json_object('order', order_id, 'promised', promised)
FROM orders
WHERE order_delivered_customer_date IS NOT NULL
