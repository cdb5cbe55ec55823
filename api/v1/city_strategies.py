from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.city_strategy import (
    CityStrategyDetailQueryArgsSchema,
    CityStrategyPageSchema,
    CityStrategyQueryArgsSchema,
)
from schemas.collections import BY_NAME

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["city-strategies"]

blp = Blueprint(
    "city-strategies",
    __name__,
    url_prefix=COLLECTION.path,
    description="The five new cities: each city's positioning, focus industries and named platforms.",
)


@blp.route("")
class CityStrategies(MethodView):
    @blp.doc(operationId="listCityStrategies")
    @blp.arguments(CityStrategyQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, CityStrategyPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List new-city strategies"""
        return list_response(COLLECTION, args)


@blp.route("/<string:city_strategy_id>", parameters=[{"in": "path", "name": "city_strategy_id", "example": "qingpu"}])
class CityStrategyById(MethodView):
    @blp.doc(operationId="getCityStrategy")
    @blp.arguments(CityStrategyDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("CityStrategy"))
    def get(self, args, city_strategy_id):
        """Get a new-city strategy"""
        return detail_response(COLLECTION, city_strategy_id, args)
