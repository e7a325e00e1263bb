/** One order of the dashboard's table. */
export interface Order {
  id: number
  customer: string
  city: string
  amount: number
  status: string
}

const CUSTOMERS = ['Ada', 'Grace', 'Linus', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Frances']
const CITIES = ['Oslo', 'Lyon', 'Porto', 'Turin', 'Ghent', 'Malmö', 'Graz', 'Cork', 'Brno']
const STATUSES = ['open', 'paid', 'shipped', 'returned']

/** `count` orders from a fixed seed, so every load shows the same table. */
export function generateOrders(count: number): Order[] {
  let seed = 20_261_202
  const next = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    return seed / 4_294_967_296
  }
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] ?? ''
  return Array.from({ length: count }, (_, id) => ({
    id,
    customer: `${pick(CUSTOMERS)} ${Math.floor(next() * 5000)}`,
    city: pick(CITIES),
    amount: Math.round(next() * 1_000_000) / 100,
    status: pick(STATUSES),
  }))
}
